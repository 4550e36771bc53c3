import { unwrap } from "@kibo-inventory/sdk";
import { useEffect, useRef, useState } from "preact/hooks";
import type { ConsoleApi } from "../api.js";
import { errorText, fieldErrors } from "../error-text.js";

/** A tag category as Kibo's API answers it. */
export interface TagCategoryView {
  readonly name: string;
  readonly tags?: readonly { tagValue: string; isDefault?: boolean; percent?: number | null }[];
}

interface ValueDraft {
  value: string;
  percent: string;
  isDefault: boolean;
}

interface Props {
  readonly api: ConsoleApi;
  /** The category to edit; undefined creates one. */
  readonly category: TagCategoryView | undefined;
  readonly onClose: (saved: boolean) => void;
}

function draftsOf(category: TagCategoryView | undefined): ValueDraft[] {
  if (category === undefined) return [{ value: "", percent: "", isDefault: true }];
  return (category.tags ?? []).map((t) => ({ value: t.tagValue, percent: typeof t.percent === "number" ? String(t.percent) : "", isDefault: t.isDefault === true }));
}

/** A field's error next to it, tied to its input by `aria-describedby`. */
function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message === undefined ? null : (
    <p id={id} class="field-error" role="alert">
      {message}
    </p>
  );
}

/**
 * Creates or replaces a tag category (`PUT …/tagCategory/{name}`): its values, the default, and
 * allocation percentages (all or none, summing to 100). The server decides; its field errors are
 * shown next to the fields they name.
 */
export function TagDialog({ api, category, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(category?.name ?? "");
  const [values, setValues] = useState<ValueDraft[]>(() => draftsOf(category));
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [message, setMessage] = useState("");

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const update = (index: number, change: Partial<ValueDraft>): void => {
    setValues(values.map((v, i) => (i === index ? { ...v, ...change } : change.isDefault ? { ...v, isDefault: false } : v)));
  };
  const error = (field: string): string | undefined => errors.get(field);
  const describedBy = (...fields: string[]): string | undefined => {
    const ids = fields.filter((f) => errors.has(f)).map((f) => `err-${f.replace(/[^a-zA-Z0-9]/g, "-")}`);
    return ids.length > 0 ? ids.join(" ") : undefined;
  };
  const shown = new Set(["name", "percent", "tags", ...values.flatMap((_, i) => [`tags[${i}].tagValue`, `tags[${i}].percent`, `tags[${i}]`])]);
  const other = [...errors].filter(([field]) => !shown.has(field));

  const save = async (): Promise<void> => {
    const body = {
      name: name.trim(),
      tags: values.map((v) => ({
        tagValue: v.value.trim(),
        isDefault: v.isDefault,
        ...(v.percent.trim() === "" ? {} : { percent: Number(v.percent) }),
      })),
    };
    try {
      await unwrap(api.inventory.PUT("/commerce/inventory/v1/tagCategory/{tagCategoryName}", { params: { path: { tagCategoryName: body.name } }, body }));
      dialog.current?.close();
      onClose(true);
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setMessage(errorText(caught));
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="tag-dialog-title" onCancel={() => onClose(false)}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h3 id="tag-dialog-title">{category ? `Edit tag category ${category.name}` : "New tag category"}</h3>
        <label class="stack">
          Category name
          <input value={name} disabled={category !== undefined} required aria-describedby={describedBy("name")} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <FieldError id="err-name" message={error("name")} />
        <fieldset aria-describedby={describedBy("percent", "tags")}>
          <legend>Values (percentages: all or none, summing to 100)</legend>
          <table class="values">
            <thead>
              <tr>
                <th scope="col">Value</th>
                <th scope="col">Percent</th>
                <th scope="col">Default</th>
                <th scope="col">
                  <span class="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {values.map((v, i) => (
                <tr key={i}>
                  <td>
                    <input
                      aria-label={`Value ${i + 1}`}
                      value={v.value}
                      aria-describedby={describedBy(`tags[${i}].tagValue`, `tags[${i}]`)}
                      onInput={(event) => update(i, { value: event.currentTarget.value })}
                    />
                    <FieldError id={`err-tags-${i}--tagValue`} message={error(`tags[${i}].tagValue`)} />
                    <FieldError id={`err-tags-${i}-`} message={error(`tags[${i}]`)} />
                  </td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      max={100}
                      aria-label={`Percent of value ${i + 1}`}
                      value={v.percent}
                      aria-describedby={describedBy(`tags[${i}].percent`, "percent")}
                      onInput={(event) => update(i, { percent: event.currentTarget.value })}
                    />
                    <FieldError id={`err-tags-${i}--percent`} message={error(`tags[${i}].percent`)} />
                  </td>
                  <td>
                    <input type="radio" name="default-value" aria-label={`Value ${i + 1} is the default`} checked={v.isDefault} onChange={() => update(i, { isDefault: true })} />
                  </td>
                  <td>
                    <button type="button" disabled={v.isDefault} aria-label={`Remove value ${i + 1}`} onClick={() => setValues(values.filter((_, j) => j !== i))}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <FieldError id="err-percent" message={error("percent")} />
          <FieldError id="err-tags" message={error("tags")} />
          <button type="button" onClick={() => setValues([...values, { value: "", percent: "", isDefault: false }])}>
            Add value
          </button>
        </fieldset>
        {other.length > 0 || (message !== "" && errors.size === 0) ? (
          <ul class="field-error" role="alert">
            {errors.size === 0 ? <li>{message}</li> : null}
            {other.map(([field, text]) => (
              <li key={field}>
                {field === "" ? "" : `${field}: `}
                {text}
              </li>
            ))}
          </ul>
        ) : null}
        <div class="toolbar">
          <button type="submit">Save</button>
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
              onClose(false);
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

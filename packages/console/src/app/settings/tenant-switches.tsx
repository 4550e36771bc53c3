import { useEffect, useState } from "preact/hooks";
import type { ConsoleApi } from "../api.js";
import { errorText, fieldErrors } from "../error-text.js";
import type { TenantSettings, TenantSettingsPatch } from "../mock-controls.js";
import { StatusLine } from "../status.js";

type SwitchField = "tagsEnabled" | "granularFieldsEnabled" | "expirationEnabled" | "conditionAvailabilityEnabled" | "quantitySetsAvailable" | "pendingOnShortfall";
type LimitField = "tagCategoryLimit" | "totalTagLimit";

/** The switches, in the order shown, with what each one changes (docs/semantics.md › Tenant settings). */
const SWITCHES: readonly { readonly field: SwitchField; readonly label: string; readonly hint: string }[] = [
  { field: "tagsEnabled", label: "Inventory tags", hint: "Tag categories may be set up and writes may name tags." },
  { field: "granularFieldsEnabled", label: "Granular fields", hint: "Writes may carry a lot code, date, condition or serial number." },
  { field: "expirationEnabled", label: "Expiration", hint: "Records dated today or earlier are expired: never allocated." },
  { field: "conditionAvailabilityEnabled", label: "Condition availability", hint: "Condition rules may be set up." },
  { field: "quantitySetsAvailable", label: "Refresh quantity sets Available", hint: "A refresh sets available; onHand becomes it plus allocated and pending." },
  { field: "pendingOnShortfall", label: "Shortfall becomes pending", hint: "An allocation short of stock holds the rest as pending (off: left unallocated)." },
];

const LIMITS: readonly { readonly field: LimitField; readonly label: string }[] = [
  { field: "tagCategoryLimit", label: "Most tag categories" },
  { field: "totalTagLimit", label: "Most tag values in all" },
];

interface Props {
  readonly api: ConsoleApi;
  readonly tick: number;
  readonly onChanged: () => void;
}

/** A field's error next to it, tied to its input by `aria-describedby`. */
const errorId = (field: string): string => `settings-err-${field}`;

/**
 * The tenant switches and tag limits of `GET/PUT /__mock/settings` (ADR 0015). A switch saves as it
 * is flipped and then shows what the server holds; the limits save together. A refusal shows the
 * server's message next to the field it names.
 */
export function TenantSwitches({ api, tick, onChanged }: Props) {
  const [settings, setSettings] = useState<TenantSettings | undefined>(undefined);
  // What the limit inputs hold while being edited; absent: the server's value.
  const [drafts, setDrafts] = useState<Partial<Record<LimitField, string>>>({});
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [status, setStatus] = useState("");

  useEffect(() => {
    api.mock.settings().then(setSettings, (error: unknown) => setStatus(`Could not read the tenant switches: ${errorText(error)}`));
  }, [api, tick]);

  const save = async (what: string, patch: TenantSettingsPatch): Promise<boolean> => {
    try {
      setSettings(await api.mock.updateSettings(patch));
      setErrors(new Map());
      setStatus(`${what}: saved.`);
      onChanged();
      return true;
    } catch (error) {
      setErrors(fieldErrors(error));
      setStatus(`${what} refused: ${errorText(error)}`);
      return false;
    }
  };
  const fieldError = (field: string) => {
    const message = errors.get(field);
    return message === undefined ? null : (
      <p id={errorId(field)} class="field-error" role="alert">
        {message}
      </p>
    );
  };

  if (settings === undefined) {
    return (
      <p class="status" role="status">
        {status === "" ? "Reading the tenant switches…" : status}
      </p>
    );
  }
  return (
    <>
      <fieldset class="switches">
        <legend>Features of tenant {settings.tenantID}</legend>
        {SWITCHES.map(({ field, label, hint }) => (
          <div key={field} class="switch">
            <label class="check">
              <input
                type="checkbox"
                role="switch"
                name={field}
                checked={settings[field]}
                aria-checked={settings[field]}
                aria-describedby={errors.has(field) ? `settings-hint-${field} ${errorId(field)}` : `settings-hint-${field}`}
                aria-invalid={errors.has(field) ? true : undefined}
                onChange={(event) => void save(label, { [field]: event.currentTarget.checked })}
              />
              {label}
            </label>
            <span id={`settings-hint-${field}`} class="hint">
              {hint}
            </span>
            {fieldError(field)}
          </div>
        ))}
      </fieldset>
      <form
        class="toolbar"
        aria-label="Tag limits"
        onSubmit={(event) => {
          event.preventDefault();
          const patch: Record<string, number> = {};
          for (const { field } of LIMITS) patch[field] = Number(drafts[field] ?? settings[field]);
          void save("Tag limits", patch).then((saved) => saved && setDrafts({}));
        }}
      >
        {LIMITS.map(({ field, label }) => (
          <div key={field}>
            <label>
              {label}
              <input
                type="number"
                name={field}
                min={1}
                step={1}
                required
                value={drafts[field] ?? String(settings[field])}
                aria-describedby={errors.has(field) ? errorId(field) : undefined}
                aria-invalid={errors.has(field) ? true : undefined}
                onInput={(event) => setDrafts({ ...drafts, [field]: event.currentTarget.value })}
              />
            </label>
            {fieldError(field)}
          </div>
        ))}
        <button type="submit">Save limits</button>
      </form>
      <StatusLine text={status} />
    </>
  );
}

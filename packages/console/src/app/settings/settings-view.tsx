import { unwrap } from "@kibo-inventory/sdk";
import { useEffect, useState } from "preact/hooks";
import type { ConsoleApi } from "../api.js";
import { errorText } from "../error-text.js";
import { StatusLine, useStatus } from "../status.js";
import { TagDialog, type TagCategoryView } from "./tag-dialog.js";
import { TenantSwitches } from "./tenant-switches.js";

interface ConditionRule {
  readonly id: number;
  readonly condition: string;
  readonly includeInAvailable: boolean;
}

interface Props {
  readonly api: ConsoleApi;
  readonly tick: number;
  readonly onChanged: () => void;
}

/**
 * Inventory Settings: the tenant switches and tag limits (`/__mock/settings`), the Inventory Tags
 * table (create, edit, delete a category; its dialog shows the server's validation errors next to
 * the fields) and the Condition Availability table.
 */
export function SettingsView({ api, tick, onChanged }: Props) {
  const [categories, setCategories] = useState<TagCategoryView[]>([]);
  const [rules, setRules] = useState<ConditionRule[]>([]);
  const [editing, setEditing] = useState<{ category: TagCategoryView | undefined } | undefined>(undefined);
  const { status, setStatus, run } = useStatus(onChanged);
  const [newCondition, setNewCondition] = useState("");
  const [newInclude, setNewInclude] = useState(true);

  useEffect(() => {
    void (async () => {
      try {
        setCategories((await unwrap(api.inventory.GET("/commerce/inventory/v1/tagCategory", {}))) as unknown as TagCategoryView[]);
        setRules((await unwrap(api.inventory.GET("/commerce/inventory-management/v1/conditionavailability", {}))) as unknown as ConditionRule[]);
      } catch (error) {
        setStatus(`Could not read the settings: ${errorText(error)}`);
      }
    })();
  }, [api, tick]);

  const saveRule = (condition: string, includeInAvailable: boolean) =>
    run(`Rule for ${condition}`, () => unwrap(api.inventory.POST("/commerce/inventory-management/v1/conditionavailability", { body: { condition, includeInAvailable } })));

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Inventory settings</h2>
      <StatusLine text={status} />
      <h3 id="switches-heading">Tenant switches</h3>
      <TenantSwitches api={api} tick={tick} onChanged={onChanged} />
      <h3 id="tags-heading">Inventory tags</h3>
      <div class="table-wrap">
        <table aria-labelledby="tags-heading">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Values (default first)</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => {
              const tags = [...(c.tags ?? [])].sort((a, b) => Number(b.isDefault === true) - Number(a.isDefault === true));
              return (
                <tr key={c.name} data-category={c.name}>
                  <th scope="row">{c.name}</th>
                  <td>{tags.map((t) => `${t.tagValue}${typeof t.percent === "number" ? ` ${t.percent}%` : ""}${t.isDefault ? " (default)" : ""}`).join(", ")}</td>
                  <td class="actions">
                    <button type="button" onClick={() => setEditing({ category: c })}>
                      Edit {c.name}
                    </button>
                    <button
                      type="button"
                      onClick={() => {
                        if (confirm(`Delete the tag category ${c.name}?`)) {
                          void run(`Delete ${c.name}`, () => unwrap(api.inventory.DELETE("/commerce/inventory/v1/tagCategory/{tagCategoryName}", { params: { path: { tagCategoryName: c.name } } })));
                        }
                      }}
                    >
                      Delete {c.name}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        <button type="button" onClick={() => setEditing({ category: undefined })}>
          New tag category
        </button>
      </p>
      {editing ? (
        <TagDialog
          api={api}
          category={editing.category}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) {
              setStatus("Tag category saved.");
              onChanged();
            }
          }}
        />
      ) : null}

      <h3 id="conditions-heading">Condition availability</h3>
      <div class="table-wrap">
        <table aria-labelledby="conditions-heading">
          <thead>
            <tr>
              <th scope="col">Condition</th>
              <th scope="col">Include in Available</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.id} data-condition={r.condition}>
                <th scope="row">{r.condition}</th>
                <td>
                  <input type="checkbox" aria-label={`Include ${r.condition} in available`} checked={r.includeInAvailable} onChange={(event) => void saveRule(r.condition, event.currentTarget.checked)} />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      void run(`Delete rule ${r.condition}`, () =>
                        unwrap(api.inventory.DELETE("/commerce/inventory-management/v1/conditionavailability/{id}", { params: { path: { id: r.id } } })),
                      )
                    }
                  >
                    Delete {r.condition}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        class="toolbar"
        aria-label="Add a condition rule"
        onSubmit={(event) => {
          event.preventDefault();
          if (newCondition.trim() !== "") void saveRule(newCondition.trim(), newInclude).then(() => setNewCondition(""));
        }}
      >
        <label>
          Condition
          <input value={newCondition} onInput={(event) => setNewCondition(event.currentTarget.value)} />
        </label>
        <label class="check">
          <input type="checkbox" checked={newInclude} onChange={(event) => setNewInclude(event.currentTarget.checked)} />
          Include in Available
        </label>
        <button type="submit">Add condition</button>
      </form>
    </section>
  );
}

import { useState } from "preact/hooks";

interface NumberCellProps {
  readonly value: number;
  /** What the editor starts from. @default value */
  readonly start?: number;
  /** Accessible name of the editor, e.g. "On hand of 0001 at WH1". */
  readonly label: string;
  readonly onSave: (value: number) => Promise<void>;
}

/** A number that becomes an input on click (or Enter); Enter saves, Escape cancels. */
export function NumberCell({ value, start = value, label, onSave }: NumberCellProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(String(value));
  const [busy, setBusy] = useState(false);
  if (!editing) {
    return (
      <button
        type="button"
        class="cell-edit"
        aria-label={`Edit ${label}: ${value}`}
        onClick={() => {
          setDraft(String(start));
          setEditing(true);
        }}
      >
        {value}
      </button>
    );
  }
  const save = async (): Promise<void> => {
    const next = Number(draft);
    if (!Number.isInteger(next) || next < 0) return;
    setBusy(true);
    try {
      await onSave(next);
      setEditing(false);
    } catch {
      // The view reports the failure; the editor stays open with the value.
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="cell-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <input
        type="number"
        min={0}
        step={1}
        aria-label={label}
        value={draft}
        disabled={busy}
        // biome-ignore lint/a11y/noAutofocus: the input replaces the button the user just pressed
        autoFocus
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setEditing(false);
        }}
      />
      <button type="submit" disabled={busy}>
        Save
      </button>
    </form>
  );
}

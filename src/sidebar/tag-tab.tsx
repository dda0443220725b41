// The Tag tab: the selected Partnerships row(s). One row: every field, its sources as links, dropdowns for
// agreement, status and partner type, tag chips and the reviewed switch. Several rows: tags and status for
// all of them at once. Every sheet value is rendered as text (Preact sets text nodes, never markup).
import { useId } from "preact/hooks";
import { AGREEMENTS, type Lang, PARTNER_TYPES, STATUSES } from "../core/schema";
import type { RowEdit, RowsDigest, RowTarget, SelectionView, SidebarRow } from "../sheets/sidebar-types";
import {
  AGREEMENT_LABELS,
  FIELD_LABELS,
  historyLabel,
  PARTNER_TYPE_LABELS,
  STATUS_LABELS,
  type Translate,
  valueLabel,
} from "./i18n";
import { type ChipTag, TagEditor } from "./tag-editor";

interface Props {
  view: SelectionView | null;
  lang: Lang;
  t: Translate;
  suggestions: readonly string[];
  onEdit: (rows: readonly RowTarget[], edit: RowEdit) => void;
}

export function TagTab({ view, lang, t, suggestions, onEdit }: Props) {
  if (!view) return <p class="hint">{t("loading")}</p>;
  if (!view.onPartnerships) return <p class="hint">{t("notPartnerships", { sheet: view.sheet })}</p>;
  if (view.one) return <OneRow row={view.one} lang={lang} t={t} suggestions={suggestions} onEdit={onEdit} />;
  if (view.many)
    return (
      <ManyRows
        digest={view.many}
        selected={view.selected}
        lang={lang}
        t={t}
        suggestions={suggestions}
        onEdit={onEdit}
      />
    );
  return <p class="hint">{t("nothingSelected")}</p>;
}

interface SelectProps {
  label: string;
  value: string;
  values: readonly string[];
  labels: Record<string, string>;
  placeholder: string;
  onPick: (value: string) => void;
}

/** A labelled dropdown of schema values; a cell value outside the schema is kept as a first, marked choice. */
function ValueSelect({ label, value, values, labels, placeholder, onPick }: SelectProps) {
  const id = useId();
  const known = values.includes(value);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={known ? value : value === "" ? "" : `?${value}`}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (values.includes(next) && next !== value) onPick(next);
        }}
      >
        {value === "" && <option value="">{placeholder}</option>}
        {!known && value !== "" && <option value={`?${value}`}>{value}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {valueLabel(labels, v)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Facts({ items }: { items: readonly [string, string][] }) {
  return (
    <dl class="facts">
      {items.map(([term, value]) => (
        <div class="fact" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function OneRow({
  row,
  lang,
  t,
  suggestions,
  onEdit,
}: {
  row: SidebarRow;
  lang: Lang;
  t: Translate;
  suggestions: readonly string[];
  onEdit: Props["onEdit"];
}) {
  const reviewedId = useId();
  const rows = [row];
  const none = t("none");
  const fields = row.fields.map((f) => valueLabel(FIELD_LABELS[lang], f)).join(", ");
  return (
    <article class="one-row" aria-label={t("row", { n: String(row.row) })}>
      <header class="row-head">
        <h2 class="row-title">{row.partnerName || none}</h2>
        <p class="row-sub">{[row.countryName, row.kzName].filter((s) => s !== "").join(" · ") || none}</p>
        <p class="row-meta">
          {t("row", { n: String(row.row) })}
          {row.id && ` · ${row.id}`}
          {row.date && ` · ${row.date}`}
        </p>
      </header>

      <Facts
        items={[
          [t("kz"), row.kzName || none],
          [t("partner"), row.partnerName || none],
          [t("country"), row.countryName ? `${row.countryName} (${row.country})` : none],
          [t("date"), row.date || none],
          [t("fields"), fields || none],
          ...(row.history ? [[t("history"), historyLabel(row.history, lang)] as [string, string]] : []),
        ]}
      />

      <ValueSelect
        label={t("agreement")}
        value={row.agreement}
        values={AGREEMENTS}
        labels={AGREEMENT_LABELS[lang]}
        placeholder={t("choose")}
        onPick={(value) => onEdit(rows, { kind: "set", column: "agreement", value })}
      />
      <ValueSelect
        label={t("status")}
        value={row.status}
        values={STATUSES}
        labels={STATUS_LABELS[lang]}
        placeholder={t("choose")}
        onPick={(value) => onEdit(rows, { kind: "set", column: "status", value })}
      />
      <ValueSelect
        label={t("partnerType")}
        value={row.partnerType}
        values={PARTNER_TYPES}
        labels={PARTNER_TYPE_LABELS[lang]}
        placeholder={t("choose")}
        onPick={(value) => onEdit(rows, { kind: "set", column: "partnerType", value })}
      />

      <div class="field">
        <span class="field-label">{t("tags")}</span>
        <TagEditor
          tags={row.tags.map((tag) => ({ tag, count: 1 }))}
          rows={1}
          suggestions={suggestions}
          onAdd={(tag) => onEdit(rows, { kind: "addTag", tag })}
          onRemove={(tag) => onEdit(rows, { kind: "removeTag", tag })}
          t={t}
        />
      </div>

      <div class="field switch-field">
        <span id={reviewedId} class="field-label">
          {t("reviewed")}
        </span>
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={row.reviewed}
          aria-labelledby={reviewedId}
          onClick={() => onEdit(rows, { kind: "reviewed", value: !row.reviewed })}
        >
          <span class="switch-knob" />
        </button>
      </div>

      <section class="field" aria-label={t("summary")}>
        <span class="field-label">{t("summary")}</span>
        <p class="summary-text">{row.summary || none}</p>
      </section>

      <section class="field" aria-label={t("sources")}>
        <span class="field-label">{t("sources")}</span>
        {row.sources.length === 0 ? (
          <p>{none}</p>
        ) : (
          <ul class="sources">
            {row.sources.map((s) => (
              <li key={s.label}>
                {s.url && /^https?:\/\//i.test(s.url) ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.label}
                  </a>
                ) : (
                  s.label
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {row.notes && (
        <section class="field" aria-label={t("notes")}>
          <span class="field-label">{t("notes")}</span>
          <p class="summary-text">{row.notes}</p>
        </section>
      )}
    </article>
  );
}

function ManyRows({
  digest,
  selected,
  lang,
  t,
  suggestions,
  onEdit,
}: {
  digest: RowsDigest;
  selected: number;
  lang: Lang;
  t: Translate;
  suggestions: readonly string[];
  onEdit: Props["onEdit"];
}) {
  const statusId = useId();
  const rows: RowTarget[] = digest.rows.map((row, i) => ({ row, key: digest.keys[i] ?? "" }));
  const chips: ChipTag[] = [...digest.tags].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  const common = digest.status;
  const more = rows.length - digest.list.length;
  return (
    <article class="many-rows">
      <header class="row-head">
        <h2 class="row-title">{t("rowsSelected", { n: selected })}</h2>
        {selected > rows.length && (
          <p class="row-meta">{t("rowsShownOf", { shown: rows.length, n: selected })}</p>
        )}
      </header>
      <ul class="row-list">
        {digest.list.map((r) => (
          <li key={r.row}>
            <span class="row-number">{r.row}</span>
            <span class="row-names">
              {r.kz || t("none")} — {r.partner || t("none")}
            </span>
          </li>
        ))}
        {more > 0 && <li class="row-more">+{more}</li>}
      </ul>

      <div class="field">
        <span class="field-label">{t("tags")}</span>
        <TagEditor
          tags={chips}
          rows={rows.length}
          suggestions={suggestions}
          onAdd={(tag) => onEdit(rows, { kind: "addTag", tag })}
          onRemove={(tag) => onEdit(rows, { kind: "removeTag", tag })}
          t={t}
        />
      </div>

      <div class="field">
        <label for={statusId}>{t("setStatusAll")}</label>
        <select
          id={statusId}
          value={common}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if ((STATUSES as readonly string[]).includes(value))
              onEdit(rows, { kind: "set", column: "status", value });
          }}
        >
          {common === "" && <option value="">{t("choose")}</option>}
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[lang][s]}
            </option>
          ))}
        </select>
      </div>
    </article>
  );
}

// The markup src/components/Timeline.astro writes for a story, as one string, element for element (figure,
// legend, strip, periods, events and their details), for the scale figure: the component itself reads its
// story from the content collections, so it cannot be handed 1,000 synthetic events outside a build. Keep it
// in step with the component when its markup changes; its cost is string building and escaping, as Astro's is.

import { dateFormat, datetimeOf, isoDay } from "../../src/lib/dates/format";
import { categoryStyle, escapeXml as esc, SHAPES } from "../../src/lib/theme";
import type { LaidPeriod } from "../../src/lib/timeline/layout";
import { announce, type TimelineModel } from "../../src/lib/timeline/model";
import { STRIP_Y, type StripLayout, stripMarkup } from "../../src/lib/timeline/strip";
import type { SyntheticEvent } from "./synthetic";

function details(record: SyntheticEvent): string {
  const datetime = datetimeOf(record.date);
  const date = esc(dateFormat().dated(record));
  return `<div class="record"><p class="record-date">${datetime ? `<time datetime="${esc(datetime)}">${date}</time>` : `<span>${date}</span>`}<span class="record-precision"> (${esc(dateFormat().precision(record))})</span></p><p class="record-summary">${esc(record.summary)}</p></div>`;
}

function eventsMarkup(p: LaidPeriod, records: Map<string, SyntheticEvent>, total: number): string {
  const out: string[] = [];
  p.rows.forEach((row, r) => {
    if (row.kind !== "events") return;
    row.events.forEach(({ event: e, until }, i) => {
      const record = records.get(e.id);
      if (!record) return;
      const before = p.rows[r - 1];
      const subhead =
        before?.kind === "subhead" && i === 0
          ? `<span class="tl-subhead" aria-hidden="true">${esc(before.label)}</span>`
          : "";
      const when =
        i === 0
          ? `<span class="tl-when" aria-hidden="true">${esc(row.gutter)}${row.year ? `<span class="tl-year">${esc(row.year)}</span>` : ""}</span>`
          : "";
      out.push(
        `<li class="tl-event ${e.style.className}${e.turning ? " is-turning" : ""}${i > 0 ? " tl-same" : ""}" data-event="${esc(e.id)}" data-start="${isoDay(e.start)}">${subhead}${when}<details class="tl-item" name="tl"><summary class="tl-summary" data-item aria-label="${esc(announce(e, until, total))}"><svg class="tl-mark" viewBox="-8 -8 16 16" aria-hidden="true"><path d="${SHAPES[e.style.shape]}"></path></svg><span class="tl-text"><span class="tl-title">${esc(e.title)}</span>${until ? ` <span class="tl-until">${esc(until)}</span>` : ""}</span></summary><div class="tl-details" id="event-${esc(e.id)}">${details(record)}<p class="graphic-source"><a href="/articles/bench/data/#event-${esc(e.id)}">This event on the data page</a></p></div></details></li>`,
      );
    });
  });
  return `<ol class="tl-events">${out.join("")}</ol>`;
}

/** The timeline's whole markup, as the article page has it (there is one picture for every width). */
export function timelineMarkup(
  model: TimelineModel,
  periods: readonly LaidPeriod[],
  strip: StripLayout,
  source: readonly SyntheticEvent[],
): string {
  const records = new Map(source.map((e) => [e.id, e]));
  const total = model.events.length;
  const legend = model.categories
    .map((c) => {
      const s = categoryStyle(c.slot);
      return `<li class="${s.className}"><svg viewBox="-7 -7 14 14" aria-hidden="true" focusable="false"><path d="${SHAPES[s.shape]}"></path></svg>${esc(c.label)}</li>`;
    })
    .join("");
  const list = periods
    .map((p) => {
      const body = eventsMarkup(p, records, total);
      const head = p.collapsed
        ? `<details class="tl-period-details"><summary><h3 class="tl-period-label" id="${p.id}">${esc(p.label)} <span class="tl-count">· ${p.count} ${p.count === 1 ? "event" : "events"}</span></h3></summary>${body}</details>`
        : `<h3 class="tl-period-label" id="${p.id}">${esc(p.label)}${p.gap ? `<span class="tl-gap"> · ${esc(p.gap)}</span>` : ""}</h3>${body}`;
      return `<li class="tl-period" data-period="${p.id}" aria-labelledby="${p.id}">${head}</li>`;
    })
    .join("");
  return [
    `<figure class="graphic timeline" id="timeline" data-timeline aria-labelledby="timeline-title">`,
    `<h2 class="graphic-title" id="timeline-title">Timeline of events</h2>`,
    `<p class="graphic-takeaway" id="timeline-summary">${esc(model.summary)}</p>`,
    `<a class="inline-skip" href="#after-timeline">Skip the timeline</a>`,
    legend ? `<ul class="legend" aria-label="Categories">${legend}</ul>` : "",
    `<div class="tl-strip-frame" data-strip><p class="graphic-keys" id="timeline-keys">Keys: ↑ ↓ move, Enter opens, Esc closes</p>`,
    `<svg class="tl-strip" width="100%" height="${STRIP_Y.height}" aria-hidden="true" focusable="false">${stripMarkup(strip)}</svg></div>`,
    `<ol class="tl-periods" data-events="${total}" aria-labelledby="timeline-title" aria-describedby="timeline-summary timeline-keys">${list}</ol>`,
    `<figcaption class="graphic-source">Source: the article. <a href="/articles/bench/data/">Data &amp; sources</a></figcaption></figure>`,
  ].join("");
}

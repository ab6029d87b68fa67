"use client";

import type { Route } from "next";
import { IntentLink } from "@/components/IntentLink";
import { useRef, useState, type KeyboardEvent } from "react";
import { encodeQueryValue } from "@/lib/web/query-encoding";
import { SEARCH_LIMIT, type SearchHit } from "@/lib/catalog/search-options";
import { piecewiseSearch } from "@/lib/catalog/search-pieces";

/** How the count of results reads, to the eye and to a screen reader alike. */
export function resultCount(count: number, query: string): string {
  // A full list is the best of more matches, not all of them.
  if (count >= SEARCH_LIMIT) return `The ${count} best matches for “${query}”`;
  return `${count} result${count === 1 ? "" : "s"} for “${query}”`;
}

/**
 * Enhances the plain search form: with JavaScript, results update as you type from the static
 * index, fetched in pieces (a query loads the few it needs); without it, the form submits to
 * /search and the server renders the same results.
 * The index's first piece is fetched when the reader first reaches for the box, not with the page:
 * the page arrives with its results already rendered, and most visits to it never type.
 * Keyboard: Down from the box moves into the results, Up and Down move between them, Enter opens
 * one (it is a link), Escape closes the results and returns to the box.
 */
export function InstantSearch({ initialQuery, initialHits }: { initialQuery: string; initialHits: SearchHit[] }) {
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState(initialHits);
  // The query the hits answer: while the index loads, the box can run ahead of them.
  const [answered, setAnswered] = useState(initialQuery);
  const [open, setOpen] = useState(true);
  const searcher = useRef<ReturnType<typeof piecewiseSearch> | null>(null);
  const ready = useRef(false);
  const latest = useRef(initialQuery);
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  function run(value: string) {
    // Pieces arrive in any order; only the answer to what the box holds now is shown.
    searcher.current?.(value).then(
      (found) => {
        if (latest.current !== value) return;
        setHits(found);
        setAnswered(value);
      },
      () => {}, // a piece that failed to arrive: the results shown stay, and the next keystroke tries again
    );
  }

  function loadIndex() {
    if (searcher.current) return;
    const search = piecewiseSearch((file) =>
      fetch(`/search-index/${file}`).then((r) => {
        if (!r.ok) throw new Error(`${file}: ${r.status}`);
        return r.json();
      }),
    );
    searcher.current = search;
    search("").then(
      () => {
        ready.current = true;
        run(latest.current); // catch up with anything typed while the index was loading
      },
      () => {
        searcher.current = null; // the server-rendered results still work; the next keystroke tries again
      },
    );
  }

  function update(value: string) {
    loadIndex();
    setQuery(value);
    setOpen(true);
    latest.current = value;
    run(value);
    const q = value.trim();
    // The URL the server would send this search to (lib/web/cache-key.ts), so a reload is one request.
    window.history.replaceState(null, "", q ? `/search?q=${encodeQueryValue(q)}` : "/search");
  }

  // Each result's own link (a method's grade links come after it, reached with Tab).
  const resultLinks = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>(":scope > li > a:first-child") ?? [])];

  function onBoxKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" && open) {
      const [first] = resultLinks();
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === "Escape" && open && query.trim()) {
      // The box keeps what was typed; a second Escape clears it, as a search box does.
      e.preventDefault();
      setOpen(false);
    }
  }

  function onListKey(e: KeyboardEvent<HTMLOListElement>) {
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === "Escape") {
      e.preventDefault();
      setOpen(false);
      box.current?.focus();
    } else if (at >= 0 && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      const next = at + (e.key === "ArrowDown" ? 1 : -1);
      if (next < 0) box.current?.focus();
      else links[Math.min(next, links.length - 1)].focus();
    }
  }

  const q = query.trim();
  return (
    <>
      <form method="get" action="/search" role="search" className="search-form" onSubmit={(e) => ready.current && e.preventDefault()}>
        <label htmlFor="search-input">Search the guide</label>
        <div className="search-form__row">
          <input
            ref={box}
            id="search-input"
            type="search"
            name="q"
            value={query}
            onChange={(e) => update(e.target.value)}
            onFocus={loadIndex}
            onPointerDown={loadIndex}
            onKeyDown={onBoxKey}
            aria-controls="search-results"
            aria-describedby="search-count"
            autoComplete="off"
          />
          <button type="submit">Search</button>
        </div>
      </form>
      <div className="search-results">
        {/* The count alone is announced as it changes, not every result's text. */}
        <p id="search-count" role="status" className={q ? undefined : "visually-hidden"}>
          {q ? resultCount(hits.length, q) : ""}
        </p>
        <ol id="search-results" ref={list} className="search-list" hidden={!open} aria-label="Results" onKeyDown={onListKey}>
          {hits.map((h) => (
            <li key={h.id}>
              <IntentLink href={h.id as Route}>{h.title}</IntentLink> <span className="search-kind">{h.kind}</span>
              <p>{h.summary}</p>
              {/* A plain link: arriving at the anchor by a real navigation opens its "why this grade" disclosure. */}
              {h.grades && (
                <ul className="search-grades" aria-label={`The evidence for ${h.title}`}>
                  {h.grades.map((g) => (
                    <li key={g.outcome}>
                      {g.outcome}: <a href={g.href}>{g.grade}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        {q && hits.length === 0 && answered.trim() === q && (
          <p className="search-none">
            Try fewer words or another spelling, or browse the <IntentLink href="/modalities">recovery methods</IntentLink>,{" "}
            <IntentLink href="/tools">tools</IntentLink> and <IntentLink href="/guides">guides</IntentLink>, or let{" "}
            <IntentLink href="/finder">the finder</IntentLink> suggest what fits you.
          </p>
        )}
      </div>
    </>
  );
}

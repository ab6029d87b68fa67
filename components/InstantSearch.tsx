"use client";

import type { Route } from "next";
import { IntentLink } from "@/components/IntentLink";
import { useEffect, useRef, useState } from "react";
import { loadSearchData, searchIndex, type SearchData, type SearchDataJSON, type SearchHit } from "@/lib/catalog/search-options";

/**
 * Enhances the plain search form: with JavaScript, results update as you type from the static
 * index; without it, the form submits to /search and the server renders the same results.
 */
export function InstantSearch({ initialQuery, initialHits }: { initialQuery: string; initialHits: SearchHit[] }) {
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState(initialHits);
  const index = useRef<SearchData | null>(null);
  const latest = useRef(initialQuery);

  function run(value: string) {
    if (index.current) setHits(searchIndex(index.current, value));
  }

  useEffect(() => {
    let live = true;
    fetch("/search-index.json")
      .then((r) => r.json() as Promise<SearchDataJSON>)
      .then((json) => {
        if (!live) return;
        index.current = loadSearchData(json);
        run(latest.current); // catch up with anything typed while the index was loading
      })
      .catch(() => {}); // the server-rendered results still work
    return () => {
      live = false;
    };
  }, []);

  function update(value: string) {
    setQuery(value);
    latest.current = value;
    run(value);
    const q = value.trim();
    window.history.replaceState(null, "", q ? `/search?q=${encodeURIComponent(q)}` : "/search");
  }

  return (
    <>
      <form method="get" action="/search" role="search" className="search-form" onSubmit={(e) => index.current && e.preventDefault()}>
        <label htmlFor="search-input">Search the guide</label>
        <div className="search-form__row">
          <input id="search-input" type="search" name="q" value={query} onChange={(e) => update(e.target.value)} autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      <div aria-live="polite" className="search-results">
        {query.trim() && (
          <p>
            {hits.length} result{hits.length === 1 ? "" : "s"} for <q>{query.trim()}</q>
          </p>
        )}
        <ol className="search-list">
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
      </div>
    </>
  );
}

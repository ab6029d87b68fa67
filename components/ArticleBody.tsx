import type { RenderedMarkdown } from "@/lib/content/markdown";

/** The article's HTML, already sanitized when the content was loaded. */
export function ArticleBody({ body }: { body: RenderedMarkdown }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: body.html }} />;
}

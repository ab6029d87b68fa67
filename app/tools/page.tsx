import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ToolList } from "@/components/ToolList";
import { getCatalog } from "@/lib/catalog/catalog";
import { pageMetadata } from "@/lib/web/metadata";

export const metadata = pageMetadata({
  title: "Recovery tools",
  description: "Compression boots, massage guns, EMS units, cold tubs and the cheap tools that do the same job, with prices and published specs.",
  path: "/tools",
});

export default function ToolsPage() {
  const tools = getCatalog().tools;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Tools" />
      <h1>Recovery tools</h1>
      <p className="lede">
        Prices and specs are shown only as the maker or a named source published them, with the kind of source and its own date.
      </p>
      <ToolList tools={tools} headingLevel={2} />
    </>
  );
}

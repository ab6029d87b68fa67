// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SocialImage } from "@/components/SocialImage";
import { site } from "@/lib/site";

const card = { kind: "Tool", title: "Normatec 3", line: "Leg sleeves and a pump.", fact: "Price: $799" };

describe("SocialImage", () => {
  it("shows the kind, title, line, fact and site name, in reading order", () => {
    const { container } = render(<SocialImage card={card} />);
    expect(container.textContent).toBe(`ToolNormatec 3Leg sleeves and a pump.${site.name}Price: $799`);
  });

  it("leaves out the kind and the fact when a card has none", () => {
    const { container } = render(<SocialImage card={{ title: "Site", line: "All of it." }} />);
    expect(container.textContent).toBe(`SiteAll of it.${site.name}`);
  });

  it("draws at 1200x630 and keeps to what satori can lay out: any element with several children is a flexbox", () => {
    const { container } = render(<SocialImage card={card} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.style.width).toBe("1200px");
    expect(root.style.height).toBe("630px");
    for (const el of container.querySelectorAll<HTMLElement>("*")) {
      expect(el.tagName).toBe("DIV");
      if (el.childNodes.length > 1) expect(el.style.display, el.outerHTML.slice(0, 80)).toBe("flex");
    }
  });
});

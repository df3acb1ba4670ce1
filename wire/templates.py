"""Message templates: Meta's template read once into what a form asks for, typed both ways.

The relay turns each of Meta's approved templates into an entry of its
`GET /api/templates` answer with `describe` (docs/protocol.md): Meta's fields
plus `parameters`, in the order Meta expects their values. The desktop reads
that answer with `templates_of` into `Template` values, which know the text
parameters their form asks for, build Meta's `components` from the agent's
values, and render what the customer will read. Templates with a media or
location header cannot be filled in on the desktop yet: `fillable` says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")


@dataclass(frozen=True, slots=True)
class Parameter:
    """One value a template's form asks for."""

    component: str  # header | body | button
    name: str  # the position ("1") or the parameter's name
    type: str = "text"
    example: str | None = None
    index: int | None = None  # a URL button's position
    sub_type: str | None = None


@dataclass(frozen=True, slots=True)
class Template:
    """An approved template: its texts and what it needs."""

    name: str
    language: str
    category: str
    named: bool  # parameters by name (NAMED) rather than by position
    header: str | None
    body: str
    footer: str | None
    parameters: tuple[Parameter, ...]

    @property
    def fillable(self) -> bool:
        """Whether every parameter is text the desktop can ask for."""
        return all(p.type == "text" for p in self.parameters)

    @property
    def key(self) -> str:
        return f"{self.name}:{self.language}"

    def render(self, values: Mapping[str, str]) -> str:
        """What the customer will read, with `values` (by parameter name) filled in."""
        parts = [self.header or "", self.body, self.footer or ""]
        return "\n".join(
            _PLACEHOLDER.sub(lambda m: values.get(m.group(1)) or m.group(0), part)
            for part in parts
            if part
        )

    def components(self, values: Mapping[str, str]) -> list[dict[str, object]]:
        """Meta's `components` for a send, in the parameters' order."""
        out: list[dict[str, object]] = []
        by_component: dict[tuple[str, int | None], list[dict[str, object]]] = {}
        for p in self.parameters:
            item: dict[str, object] = {"type": "text", "text": values.get(p.name, "")}
            if self.named and p.component != "button":
                item["parameter_name"] = p.name
            slot = (p.component, p.index)
            if slot not in by_component:
                by_component[slot] = []
                component: dict[str, object] = {
                    "type": p.component,
                    "parameters": by_component[slot],
                }
                if p.component == "button":
                    component["sub_type"] = p.sub_type or "url"
                    component["index"] = p.index or 0
                out.append(component)
            by_component[slot].append(item)
        return out

    def missing(self, values: Mapping[str, str]) -> list[str]:
        """The parameters still empty."""
        return [p.name for p in self.parameters if not values.get(p.name, "").strip()]


def templates_of(answer: object) -> list[Template]:
    """The relay's template list, typed; entries it cannot read are left out."""
    items = answer.get("templates") if isinstance(answer, Mapping) else None
    out = []
    for item in items if isinstance(items, list) else []:
        template = _template(item)
        if template is not None:
            out.append(template)
    return out


def _template(item: object) -> Template | None:
    if not isinstance(item, Mapping):
        return None
    name, language = item.get("name"), item.get("language")
    if not isinstance(name, str) or not isinstance(language, str):
        return None
    texts: dict[str, str | None] = {"HEADER": None, "BODY": None, "FOOTER": None}
    for component in _list(item.get("components")):
        if not isinstance(component, Mapping):
            continue
        kind = str(component.get("type", "")).upper()
        if kind in texts and str(component.get("format", "TEXT")).upper() == "TEXT":
            text = component.get("text")
            texts[kind] = text if isinstance(text, str) else None
    parameters = tuple(
        Parameter(
            str(p.get("component", "body")),
            str(p.get("name", "")),
            str(p.get("type", "text")),
            p.get("example") if isinstance(p.get("example"), str) else None,
            p.get("index") if isinstance(p.get("index"), int) else None,
            p.get("sub_type") if isinstance(p.get("sub_type"), str) else None,
        )
        for p in _list(item.get("parameters"))
        if isinstance(p, Mapping)
    )
    return Template(
        name,
        language,
        str(item.get("category") or ""),
        str(item.get("parameter_format", "POSITIONAL")).upper() == "NAMED",
        texts["HEADER"],
        texts["BODY"] or "",
        texts["FOOTER"],
        parameters,
    )


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


# -- the relay's side: Meta's template as an answer entry ---------------------


def describe(template: Mapping[str, object]) -> dict[str, object]:
    """A template as desktops get it: Meta's fields plus `parameters` to fill in."""
    components = template.get("components")
    components = components if isinstance(components, list) else []
    return {
        "name": template.get("name"),
        "language": template.get("language"),
        "category": template.get("category"),
        "parameter_format": template.get("parameter_format", "POSITIONAL"),
        "components": components,
        "parameters": _parameters(components),
    }


def _parameters(components: list[object]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for component in components:
        if not isinstance(component, dict):
            continue
        ctype = str(component.get("type", "")).upper()
        if ctype == "HEADER":
            fmt = str(component.get("format", "TEXT")).upper()
            if fmt in ("IMAGE", "VIDEO", "DOCUMENT"):
                out.append({"component": "header", "type": fmt.lower(), "name": fmt.lower()})
            elif fmt == "LOCATION":
                out.append({"component": "header", "type": "location", "name": "location"})
            else:
                out.extend(_text_params("header", component, "header_text"))
        elif ctype == "BODY":
            out.extend(_text_params("body", component, "body_text"))
        elif ctype == "BUTTONS":
            for index, button in enumerate(component.get("buttons") or []):
                if isinstance(button, dict) and _PLACEHOLDER.search(str(button.get("url", ""))):
                    out.append(
                        {
                            "component": "button",
                            "type": "text",
                            "sub_type": "url",
                            "index": index,
                            "name": "url_suffix",
                            "example": (button.get("example") or [None])[0],
                        }
                    )
    return out


def _text_params(
    where: str, component: Mapping[str, object], example_key: str
) -> list[dict[str, object]]:
    names = _PLACEHOLDER.findall(str(component.get("text", "")))
    example = component.get("example")
    examples: dict[str, object] = {}
    if isinstance(example, dict):
        positional = example.get(example_key)
        if isinstance(positional, list) and positional:
            row = positional[0] if isinstance(positional[0], list) else positional
            examples = {str(i + 1): value for i, value in enumerate(row)}
        for named in example.get(f"{example_key}_named_params") or []:
            if isinstance(named, dict):
                examples[str(named.get("param_name"))] = named.get("example")
    return [
        {"component": where, "type": "text", "name": name, "example": examples.get(name)}
        for name in names
    ]

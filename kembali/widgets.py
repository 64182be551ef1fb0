"""Form widgets that render fast.

Django renders every <option> through a template; with the 249 countries of ISO 3166 that
took most of a page's time. These build the same HTML in Python.
"""

from typing import Any

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString


class CompactSelect(forms.Select):
    def render(
        self,
        name: str,
        value: Any,
        attrs: dict[str, Any] | None = None,
        renderer: Any = None,
    ) -> SafeString:
        final_attrs = self.build_attrs(self.attrs, attrs)
        selected = {str(v) for v in self.format_value(value)}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option_value, " selected" if str(option_value) in selected else "", label)
                for option_value, label in self._flat_choices()
            ),
        )
        attributes = format_html_join("", ' {}="{}"', ((k, v) for k, v in final_attrs.items()))
        return format_html('<select name="{}"{}>{}</select>', name, attributes, options)

    def _flat_choices(self) -> list[tuple[Any, Any]]:
        flat: list[tuple[Any, Any]] = []
        for option_value, label in self.choices:
            if isinstance(label, list | tuple):
                flat.extend(label)
            else:
                value = getattr(option_value, "value", option_value)  # ModelChoiceIteratorValue
                flat.append(("" if value is None else value, label))
        return flat


def compact_selects(form: forms.BaseForm) -> None:
    """Swap every select of a form, once its choices are final, for a CompactSelect."""
    for field in form.fields.values():
        widget = field.widget
        if type(widget) is forms.Select:
            compact = CompactSelect(attrs=widget.attrs)
            compact.choices = widget.choices
            compact.is_required = widget.is_required
            field.widget = compact

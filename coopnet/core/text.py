"""Words that core hands up to people. Core speaks English; `coopnet.translation` says them in French.

Core stays pure (no Qt): a message is a `Msg`, an English ``str`` that also keeps its Qt Linguist
context, its template and its values, so the layers above can translate the template and fill it
again. Code that only wants English can treat it as any other string.
"""

from __future__ import annotations


class Msg(str):
    """English text plus what it takes to say it in another language."""

    context: str = ""
    template: str = ""
    values: dict = {}

    def format(self, *args, **values) -> Msg:  # noqa: A003 - same name as str.format on purpose
        if args:
            raise TypeError("Msg templates take named fields only")
        out = Msg(str.format(self.template, **values))
        out.context, out.template, out.values = self.context, self.template, values
        return out


# lupdate (make translations-update) collects every literal passed to a function of this name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> Msg:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it, still English, as a `Msg`."""
    out = Msg(text)
    out.context, out.template, out.values = context, text, {}
    return out

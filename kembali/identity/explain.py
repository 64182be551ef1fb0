"""The engine's evidence in words a caseworker can read, in their language."""

from collections.abc import Sequence

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from kembali.identity.matching.compare import Evidence, Said

# Translated when read, in the reader's language: a line of evidence translates its own text
# only (`kembali identity dedupe --explain` writes hundreds of thousands).
_LABELS: dict[str, Promise] = {
    "name": gettext_lazy("Name"),
    "father_name": gettext_lazy("Father's name"),
    "mother_name": gettext_lazy("Mother's name"),
    "birth_date": gettext_lazy("Birth date"),
    "birth_place": gettext_lazy("Birth place"),
    "sex": gettext_lazy("Sex"),
    "nationality": gettext_lazy("Nationality"),
}
_HOWS: dict[str, Promise] = {
    "identical": gettext_lazy("“%(q)s” and “%(r)s” are the same"),
    "same_spelling": gettext_lazy("“%(q)s” and “%(r)s” are the same name spelled another way"),
    "sounds_alike": gettext_lazy(
        "“%(q)s” and “%(r)s” sound alike (same consonants across scripts)"
    ),
    "similar": gettext_lazy("“%(q)s” and “%(r)s” are similar"),
    "ending_differs": gettext_lazy(
        "“%(q)s” and “%(r)s” end differently: often two names (a man's and a woman's), "
        "sometimes a slip of the pen"
    ),
    "vowel_differs": gettext_lazy(
        "“%(q)s” and “%(r)s” differ in the vowel of the last syllable: often two names, "
        "sometimes a slip of the pen"
    ),
    "joined": gettext_lazy("“%(q)s” and “%(r)s” are the same name written as one word or two"),
    "initial": gettext_lazy("initial “%(q)s” fits “%(r)s”"),
    "patronymic": gettext_lazy(
        "“%(q)s” and “%(r)s” agree: a father's name, given with bin, binti, a/l, s/o … "
        "on one side or both"
    ),
    "order_differs": gettext_lazy("the names are in another order"),
    "particle": gettext_lazy("“%(q)s”, a family name's particle, is left out on one side"),
    "against_at_most": gettext_lazy(
        "no more than 8 bits are counted against the parts missing or differing"
    ),
    "missing_in_record": gettext_lazy("“%(q)s” is not in the record"),
    "missing_in_query": gettext_lazy("“%(r)s” is in the record only"),
    "different": pgettext_lazy("identity evidence", "“%(q)s” and “%(r)s” differ"),
    "agree": gettext_lazy("“%(q)s” and “%(r)s” agree"),
    "within": gettext_lazy("“%(q)s” and “%(r)s”: one place lies within the other"),
    "exact": gettext_lazy("%(q)s and %(r)s are the same day"),
    "day_month_swapped": gettext_lazy("%(q)s and %(r)s have day and month swapped"),
    "year_month": gettext_lazy("%(q)s and %(r)s share year and month"),
    "year": gettext_lazy("%(q)s and %(r)s share the year"),
    "placeholder_year": gettext_lazy(
        "%(q)s and %(r)s share the year (1 January or 1 July stands for an unknown day)"
    ),
    "year_off_by_one": gettext_lazy("%(q)s and %(r)s are a year apart"),
    "same_month_other_day": gettext_lazy("%(q)s and %(r)s share year and month, not the day"),
    "same_day_other_month": gettext_lazy("%(q)s and %(r)s share year and day, not the month"),
    "year_off_by_one_other_day": gettext_lazy("%(q)s and %(r)s are a year apart and another day"),
    "year_off_by_one_same_day": gettext_lazy("%(q)s and %(r)s are the same day a year apart"),
    "year_off_by_two": gettext_lazy("%(q)s and %(r)s are two years apart"),
    "year_off_by_two_other_day": gettext_lazy(
        "%(q)s and %(r)s are two years apart and another day"
    ),
    "year_off_by_two_same_day": gettext_lazy("%(q)s and %(r)s are the same day two years apart"),
    "same_year_other_day": gettext_lazy("%(q)s and %(r)s share only the year"),
    "one_digit_differs": gettext_lazy("%(q)s and %(r)s differ by one digit"),
    "digits_swapped": gettext_lazy("%(q)s and %(r)s differ by two digits swapped"),
    "far_apart": gettext_lazy("%(q)s and %(r)s are fifteen years apart or more: another age"),
    "unknown": gettext_lazy("not known on both sides"),
}


def field_label(field: str) -> str:
    return str(_LABELS.get(field, field))


def how_text(evidence: Evidence) -> str:
    q, r = evidence.query or "—", evidence.record or "—"
    if evidence.how == "particle":
        q = evidence.query or evidence.record
    text = str(_HOWS.get(evidence.how, evidence.how))
    if evidence.field == "birth_date" and evidence.how == "different":
        text = _("%(q)s and %(r)s are years apart")
    return text % {"q": q, "r": r}


def explain(evidence: Sequence[Evidence]) -> list[dict[str, str]]:
    """A comparison's evidence, one line per field's finding, for the case page, the API and
    `kembali identity search --explain`."""
    return [
        {
            "field": field_label(e.field),
            "text": how_text(e),
            "weight": f"{e.bits:+.1f}",
            "tone": "for" if e.bits > 0 else "against" if e.bits < 0 else "neutral",
        }
        for e in folded(evidence)
    ]


def folded(evidence: Sequence[Evidence]) -> list[Evidence]:
    """The evidence with a part of a name (or of a parent's name) on each side that found no
    counterpart said once: the engine weighs the query's part missing from the record, the
    record's missing from the query, and that the two differ (another family name); a
    caseworker reads "Hasan and Saiful differ" with the three weights' sum, not one name
    counted against three times."""
    lines = list(evidence)
    for differ in [e for e in lines if e.how == "different"]:
        said = [differ]
        for how, text in (("missing_in_record", differ.query), ("missing_in_query", differ.record)):
            side = next(
                (
                    e
                    for e in lines
                    if e.field == differ.field and e.how == how and text in (e.query, e.record)
                ),
                None,
            )
            if side is not None:
                said.append(side)
        if len(said) == 1:
            continue
        gone = {id(e) for e in said}
        first = next(i for i, e in enumerate(lines) if id(e) in gone)
        bits = round(sum(e.bits for e in said), 1)
        lines = [e for e in lines if id(e) not in gone]
        lines.insert(first, Evidence(differ.field, "different", differ.query, differ.record, bits))
    return lines


def explained(said: Sequence[Said], withheld: str) -> str:
    """The evidence (`compare.said_of`) and what keeps the candidate from being a match
    (`withheld_text`) as one line of text, as `kembali identity search --explain` and
    `dedupe --explain` write it."""
    evidence = [Evidence(*values) for values in said]
    lines = [f"{line['field']}: {line['text']} ({line['weight']})" for line in explain(evidence)]
    return "; ".join(filter(None, [*lines, withheld_text(withheld)]))


def withheld_text(code: str) -> str:
    """A code of `compare.WITHHELD` (`compare.held_back`) as a caseworker reads it."""
    texts = {
        "sex_or_nationality_differs": _(
            "Not proposed as a match: the recorded sex or nationality differs."
        ),
        "only_the_name_agrees": _(
            "Not proposed as a match: nothing but the name agrees (no birth date, place or "
            "parent's name)."
        ),
        "dates_apart": _("Not proposed as a match: the birth dates are years apart."),
        "one_name_part": _("Not proposed as a match: only one part of the name agrees."),
        "parent_differs": _(
            "Not proposed as a match: a parent's name differs in a part (another person of "
            "the same family, or the name written otherwise)."
        ),
    }
    return texts.get(code, "")

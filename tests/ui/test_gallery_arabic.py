"""Every document of the gallery, with its parameters and their choices, reads in Arabic
(the orders, the roster, the list of centres and the follow-up of directives were English
in the Arabic window). Add to tests/ui once /tmp/tr/walk11.tsv is merged."""

from __future__ import annotations

import reports.documents  # noqa: F401 - registers the kinds
from desktop import i18n
from desktop.i18n import translate
from reports.catalogue import kinds


def test_every_kind_and_parameter_of_the_gallery_has_its_arabic():
    i18n.set_language("ar")
    missing = []
    for kind in kinds():
        texts = [("DocumentKind", kind.title)]
        texts += [("ReportParam", p.label) for p in kind.params]
        texts += [("ReportParam", label) for p in kind.params for _, label in p.choices or ()]
        missing += [f"{kind.key}: {text}" for ctx, text in texts
                    if translate(ctx, text) == text]
    assert translate("ReportParam", "(every day)") != "(every day)"
    assert missing == []

"""A path or an address inside an Arabic sentence runs left to right, and nothing else moves."""

from __future__ import annotations

import pytest

from ui.direction import LRI, PDI, isolate_paths


@pytest.mark.parametrize(("text", "path"), [
    ("العنوان محفوظ في الإعدادات (/tmp/a/settings.json). صحّحه", "/tmp/a/settings.json"),
    ("لا يمكن الكتابة في /srv/out/x.pdf.", "/srv/out/x.pdf"),
    ("العنوان postgresql+psycopg://postgres@127.0.0.1:5432/test ليس",
     "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
    ("الملف C:\\Users\\clerk\\a.pdf موجود", "C:\\Users\\clerk\\a.pdf"),
    ("المجلد ~/ghurfa/out فارغ", "~/ghurfa/out"),
])
def test_each_path_is_isolated_whole(text, path):
    done = isolate_paths(text)
    assert f"{LRI}{path}{PDI}" in done
    assert done.replace(LRI, "").replace(PDI, "") == text


@pytest.mark.parametrize("text", ["لا مسار هنا", "و/أو", "في 1/2/2010", "A plain sentence."])
def test_text_without_a_path_is_left_alone(text):
    assert isolate_paths(text) == text

from app.core.slide_layout import Block, Box, fit, words, wrap


class Monospace:
    """Every character is 0.5 size wide; lines are 1.2 sizes tall."""

    def width(self, text: str, size: float, bold: bool) -> float:
        return len(text) * size * 0.5

    def line_height(self, size: float, bold: bool) -> float:
        return size * 1.2


def test_wrap_breaks_between_words_and_after_slashes_only():
    lines = wrap("kepala daerah/wakil kepala", 7, len)
    assert lines == ["kepala", "daerah/", "wakil", "kepala"]
    assert wrap("tidak-terpotong", 5, len) is None
    assert [t for t, _ in words("a/b c")] == ["a/", "b", "c"]


def test_fit_takes_the_largest_size_that_fits_and_centres_vertically():
    box = Box(0, 0, 100, 100)
    layout = fit([Block("aaaa bbbb")], box, Monospace(), largest=1000)
    # Two words of 4 characters: one per line at 25 px (width 50) would leave room, so
    # the limit is the width of one word: 4 * 0.5 * size <= 100 -> size 50, height 2 * 60.
    assert 41 < layout.base_size <= 50
    assert all(line.width <= 100 for line in layout.blocks[0].lines)
    assert layout.blocks[0].bottom <= 100 and layout.blocks[0].top >= 0


def test_fit_respects_the_largest_size_asked():
    layout = fit([Block("ok")], Box(0, 0, 1000, 1000), Monospace(), largest=40)
    assert layout.base_size == 40


def test_labels_indent_the_text_and_scale_applies_per_block():
    layout = fit(
        [Block("judul", scale=0.5), Block("isi butir", label="1.", gap_before=1)],
        Box(10, 10, 200, 200), Monospace(), largest=30,
    )  # fmt: skip
    title, point = layout.blocks
    assert title.size == 15 and point.size == 30
    assert point.lines[0].x > point.label_x == 10

"""Cuts each big CJK font of the handout into a common part and the rest (see src/main/resources/fonts/README.md).

A handout embeds a subset of each font it uses, and OpenPDF's subset of a TrueType font keeps the font's whole glyph
index (loca and hmtx: 8 bytes a glyph). A name in the Chinese font therefore cost 248 KB of tables to write and
compress in every handout. Names are almost always written with the characters of the national standard sets, so those
go into a font of their own with 2,500-11,000 glyphs; every other character stays printable from the rest.

Usage: pip install fonttools; python3 src/fonts/split_cjk.py DIR_WITH_ORIGINALS src/main/resources/fonts
The originals: NotoSansSC-Regular.ttf (@expo-google-fonts/noto-sans-sc 0.4.3), NotoSansJP-Regular.ttf
(@expo-google-fonts/noto-sans-jp) and NotoSansKR-Hangul-Regular.ttf (made as the README says).
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont


def double_byte(encoding, lead, trail):
    """Every character a two-byte national encoding has, from its lead and trail byte ranges."""
    chars = set()
    for a in lead:
        for b in trail:
            try:
                chars.add(bytes([a, b]).decode(encoding))
            except UnicodeDecodeError:
                pass
    return {ord(c) for c in chars if len(c) == 1}


# GB 2312 (simplified, 6,763 hanzi), Big5 level 1 (traditional, the 5,401 frequent hanzi), JIS X 0208 (6,355 kanji with kana),
# KS X 1001 (2,350 hangul syllables): what mainland, Taiwanese/Hong Kong, Japanese and Korean names are written in.
GB2312 = double_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
BIG5 = double_byte("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
JIS = double_byte("euc_jp", range(0xA1, 0xF5), range(0xA1, 0xFF))
KSX = double_byte("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
# What every part keeps, so a run of a name never changes font for a space or a punctuation mark.
SHARED = set(range(0x20, 0x7F)) | set(range(0x3000, 0x3040)) | set(range(0xFF01, 0xFF5F))

FONTS = {
    "NotoSansSC": GB2312 | BIG5 | JIS,  # a Japanese name written in kanji alone prints from the Chinese font
    "NotoSansJP": JIS,
    "NotoSansKR-Hangul": KSX,
}


def cut(source, common, target):
    covered = set(TTFont(source, lazy=True).getBestCmap())
    parts = {"Common": (covered & common) | (covered & SHARED), "Rest": (covered - common) | (covered & SHARED)}
    for part, unicodes in parts.items():
        options = subset.Options()
        options.layout_features = []  # CJK names are not shaped; the handout lays them out glyph by glyph
        options.drop_tables += ["vhea", "vmtx", "BASE", "STAT"]
        options.name_IDs = ["*"]  # keep the font's name and licence records
        font = subset.load_font(source, options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        out = target / f"{source.stem.removesuffix('-Regular')}-{part}-Regular.ttf"
        subset.save_font(font, out, options)
        print(f"{out.name}: {len(unicodes)} characters, {font['maxp'].numGlyphs} glyphs, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    originals, target = Path(sys.argv[1]), Path(sys.argv[2])
    for name, common in FONTS.items():
        cut(originals / f"{name}-Regular.ttf", common, target)

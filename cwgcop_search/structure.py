"""Report structure: blocks of text to metadata, sections and paragraphs.

Pure: takes the blocks a reader produced and returns a Report. Everything
is read from the text (never the file name): the meeting numbers from
"nineteenth" or "14th", the dates from "held on ...", the chair from the
signature, the kind of report from its front matter. Reports in French,
Spanish, Russian, Arabic and Chinese are read with the patterns of
locale_patterns.py; their title keeps the English form, so two renditions
of one report get the same title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import locale_patterns as loc
from .languages import detect_language
from .readers import BULLET_CHARS
from .types import Block, Paragraph, Report

# ----------------------------------------------------------------- patterns

_ARTEFACT = re.compile(r"\[bookmark:[^\]]*\]\s*")
_SEPARATOR = re.compile(r"^[\s_\-=–—*·.]{3,}$")
_BULLET = re.compile(rf"^\s*(?:[{BULLET_CHARS}\-*]\s*|[a-z]\)\s+)")
# Chinese and Arabic renditions may write "5.9" with full-width or Arabic separators ("５．９", "٥٫٩"),
# and Chinese may start the text straight after the number.
_CJK_ARABIC_CYRILLIC = "\u0400-\u04ff\u0600-\u06ff\u3400-\u9fff"
_NUMBERED_PARAGRAPH = re.compile(
    rf"^\s*(\d+(?:[.．٫]\d+)+)[.．]?(?:\s+|(?=[{_CJK_ARABIC_CYRILLIC}]))(\S.*)$", re.S)
_NUMBERED_HEADING = re.compile(r"^\s*(\d+|[IVXLC]+|[一二三四五六七八九十]+)(?:\.?\s+|[、．](?!\d)\s*)(\S.*)$", re.S)
_SENTENCE_END = re.compile(r"[.;,。；，،؛]$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_ANNEX = re.compile(r"^\s*(Annex|Appendix|Attachment)\b", re.I)
# "Chair, CWG-COP": the role, then the group's acronym (any group's).
_SIGNATURE_ROLE = re.compile(r"^\s*((?:Vice[- ])?Chair(?:man|person)?)\s*,\s*[A-Z][\w&/-]{1,30}\s*$", re.I)
# The body a report comes from, as it names itself: "the Council Working Group on Child
# Online Protection (CWG-COP)", "Study Group 2 (SG2)". Its acronym names the body in titles.
_GROUP_NAME = re.compile(
    r"\b((?:[A-Z][\w-]*\s+){0,3}(?:Working|Study|Expert|Focus|Advisory)\s+Group\b[^()\n]{0,120}?|"
    r"(?:[A-Z][\w-]*\s+){0,3}Committee\b[^()\n]{0,120}?)\s*\(([A-Z][A-Za-z0-9&/-]{1,30})\)")
_FRONT_MATTER = {"purpose", "summary", "action required", "action required by the council",
                 "references", "relevant link(s) with the strategic plan", "financial implications",
                 "introduction"}

_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"]
_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50}


def _ordinal_words() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_UNITS) if w}
    words.update({w: 10 + i for i, w in enumerate(_TEENS)})
    for stem, value in _TENS.items():
        words[f"{stem}ieth"] = value
        for i, unit in enumerate(_UNITS[1:], start=1):
            words[f"{stem}y-{unit}"] = value + i
            words[f"{stem}y {unit}"] = value + i
    return words


ORDINALS = _ordinal_words()
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(
    sorted((re.escape(w) for w in ORDINALS), key=len, reverse=True)) + r")"
_MEETINGS_PHRASE = re.compile(
    rf"\b({_ORDINAL}(?:\s*(?:,|and|&)\s*(?:the\s+)?{_ORDINAL})*)\s+meetings?\b", re.I)
_ORDINAL_TOKEN = re.compile(_ORDINAL, re.I)

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTH = "(?:" + "|".join(m.capitalize() for m in _MONTHS) + ")"
_HELD_ON = re.compile(r"\bheld\s+(?:on|from)\s+(.+?)(?=,|;|\s+in\s|\s+at\s|\s+respectively|\.\s|\.?$)", re.S)
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})(?:\s*(?:-|–|and|to)\s*\d{{1,2}})?\s+({_MONTH})(?:\s+(\d{{4}}))?")
_CHAIRED_BY = re.compile(r"chaired by (?:the (?:Vice[- ])?Chair,?\s*)?((?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[^,()]+?\s*,?\s*\([^)]+\))")


def ordinal_value(token: str) -> int:
    """'nineteenth' -> 19, '22nd' -> 22."""
    token = " ".join(token.lower().split())
    if token[0].isdigit():
        return int(re.match(r"\d+", token).group(0))
    return ORDINALS[token.replace(" ", "-")] if token.replace(" ", "-") in ORDINALS else ORDINALS[token]


_MEETING_WORD = re.compile(r"\bmeetings?\b", re.I)
_PHRASE_REACH = 200  # characters before "meeting" in which its list of ordinals must start


def meetings_in(text: str) -> list[int]:
    """Meeting numbers named in phrases like 'twenty-first and twenty-second meeting'."""
    found: list[int] = []
    # The phrase pattern tries every ordinal word at every word boundary: it runs only on the
    # stretches before each "meeting" (finditer's bounds keep the text's own word boundaries).
    windows: list[list[int]] = []
    for word in _MEETING_WORD.finditer(text):
        start = max(0, word.start() - _PHRASE_REACH)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = word.end()
        else:
            windows.append([start, word.end()])
    matches = (m for start, end in windows for m in _MEETINGS_PHRASE.finditer(text, start, end))
    for match in matches:
        for token in _ORDINAL_TOKEN.findall(match.group(1)):
            value = ordinal_value(token)
            if value not in found:
                found.append(value)
    return found


def dates_in(expression: str) -> list[date]:
    """Start date of each meeting in '30 September to 1 October 2024 and on 12-13 February 2025'.

    Segments are split on 'and on'; a day without a year takes the next year given.
    """
    result = []
    for segment in re.split(r"\band\s+on\b|;", expression):
        tokens = _DAY_MONTH_YEAR.findall(segment)
        if not tokens:
            continue
        years = [y for _, _, y in tokens if y]
        if not years:
            continue
        day, month, year = tokens[0]
        try:
            result.append(date(int(year or years[0]), _MONTHS[month.lower()], int(day)))
        except ValueError:
            continue
    return result


# ------------------------------------------------------------ classification

@dataclass
class _Line:
    text: str
    pages: tuple[int, ...]
    style: str
    kind: str = "body"  # body, bullet, paragraph, heading, subheading, annex, signature
    number: str | None = None


def _clean(text: str) -> str:
    text = _ARTEFACT.sub("", text)
    return " ".join(text.split())


def _word_count(text: str) -> int:
    """Words as spaces separate them, plus one for every two Han characters (Chinese has no spaces)."""
    return len(text.split()) + len(_HAN.findall(text)) // 2


def _is_short_title(text: str, max_words: int) -> bool:
    first = text[:1]
    # Arabic and Chinese letters have no case: a title may start with any of them.
    caseless = first.isalpha() and not first.isupper() and not first.islower()
    return (0 < _word_count(text) <= max_words and not _SENTENCE_END.search(text)
            and (first.isupper() or first.isdigit() or caseless))


def _is_role(text: str, language: str) -> bool:
    return bool(_SIGNATURE_ROLE.match(text) or language != "en" and loc.SIGNATURE_ROLE.match(text))


def _is_front_matter(text: str, language: str) -> bool:
    if text.lower().rstrip(":") in _FRONT_MATTER:
        return True
    return language != "en" and loc.folded(text).rstrip(":") in loc.FRONT_MATTER


def _classify(blocks: tuple[Block, ...], language: str = "en") -> list[_Line]:
    lines = [_Line(_clean(b.text), b.pages, b.style) for b in blocks]
    lines = [line for line in lines if line.text and not _SEPARATOR.match(line.text)]
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        text = line.text
        if line.style == "list" or _BULLET.match(text):
            line.kind, line.text = "bullet", _BULLET.sub("", text).strip() or text
        elif following and _is_role(following.text, language) and _is_short_title(text, 8):
            line.kind = "signature"
        elif _is_role(text, language) and i > 0 and lines[i - 1].kind == "signature":
            line.kind = "signature"
        elif (_ANNEX.match(text) or language != "en" and loc.ANNEX.match(text)) and _is_short_title(text, 25):
            line.kind = "annex"
        elif (m := _NUMBERED_PARAGRAPH.match(text)) and not (
                line.style == "heading" or _is_short_title(m.group(2), 6) and not re.search(r"[.。]", m.group(2))):
            line.kind, line.number, line.text = "paragraph", loc.ascii_number(m.group(1)), m.group(2).strip()
        elif (m := _NUMBERED_HEADING.match(text)) and (
                line.style == "heading" or _is_short_title(m.group(2), 20)):
            line.kind, line.number, line.text = "heading", loc.ascii_number(m.group(1)), m.group(2).strip()
        elif line.style == "heading" or _is_front_matter(text, language):
            line.kind = "heading"
        elif _is_short_title(text, 14) and following is not None and _introduces(following):
            line.kind = "subheading"
    return lines


def _introduces(following: _Line) -> bool:
    """Is the next line the start of content a heading would introduce?"""
    if following.style == "list" or _BULLET.match(following.text):
        return False
    if _NUMBERED_PARAGRAPH.match(following.text):
        return True
    return _word_count(following.text) >= 15


# ----------------------------------------------------------------- assembly

@dataclass
class _Open:
    number: str | None
    section: tuple[str, ...]
    parts: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)

    def add(self, text: str, pages: tuple[int, ...], bullet: bool = False) -> None:
        self.parts.append(f"\u2022 {text}" if bullet else text)
        for p in pages:
            if p not in self.pages:
                self.pages.append(p)

    def close(self) -> Paragraph:
        return Paragraph(self.number, "\n".join(self.parts), self.section, tuple(sorted(self.pages)))


def _assemble(lines: list[_Line]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    annex: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    current: _Open | None = None
    numbered_section = False

    def flush() -> None:
        nonlocal current
        if current is not None and current.parts:
            paragraphs.append(current.close())
        current = None

    for line in lines:
        if line.kind == "annex":
            flush()
            annex, section, numbered_section = (line.text,), (), False
        elif line.kind == "heading":
            flush()
            section, numbered_section = annex + (_heading_text(line),), line.number is not None
        elif line.kind == "subheading" and numbered_section:
            flush()
            base = section[: len(annex) + 1] if numbered_section else annex
            section = base + (line.text.rstrip(":"),)
        elif line.kind == "paragraph":
            flush()
            if not numbered_section and len(section) > len(annex):
                # A numbered paragraph straight after front matter ("References")
                # does not belong to it: the report just omitted its heading.
                section = annex
            current = _Open(line.number, section)
            current.add(line.text, line.pages)
        elif line.kind == "signature":
            if current is None or current.number != "signature":
                flush()
                # The signature closes the report (or its annex); it is not part of the last section.
                current = _Open("signature", annex)
            current.add(line.text, line.pages)
        else:  # body text and bullets belong to the paragraph that introduces them
            if current is None or current.section != section or current.number == "signature":
                flush()
                current = _Open(None, section)
            current.add(line.text, line.pages, bullet=line.kind == "bullet")
    flush()
    # The signature is cited as unnumbered text.
    return [Paragraph(None, p.text, p.section, p.pages) if p.number == "signature" else p
            for p in paragraphs]


# ----------------------------------------------------------------- metadata

def _summary_sentence(paragraphs: list[Paragraph]) -> str:
    for p in paragraphs[:6]:
        if re.search(r"\bsummari[sz]es\b", p.text, re.I):
            return p.text
    return ""


def _meetings_and_dates(paragraphs: list[Paragraph]) -> tuple[list[int], list[date], str]:
    summary = _summary_sentence(paragraphs)
    meetings = meetings_in(summary.split(", held")[0]) if summary else []
    held = _HELD_ON.search(summary) if summary else None
    if meetings and held:
        return meetings, dates_in(held.group(1)), " ".join(held.group(1).split())
    # A multi-meeting report: "The main results of the fifteenth meeting ..., held on 26 September 2019".
    pairs: dict[int, date] = {}
    texts: list[str] = []
    for p in paragraphs:
        match = re.search(r"(?:results|outcomes) of the (.+?meeting).{0,160}?held on ([^,:;]+)", p.text, re.S)
        if not match:
            continue
        found, when = meetings_in(match.group(1)), dates_in(match.group(2))
        if found and when and found[0] not in pairs:
            pairs[found[0]] = when[0]
            texts.append(" ".join(match.group(2).split()))
    if pairs:
        ordered = sorted(pairs)
        return ordered, [pairs[m] for m in ordered], "; ".join(texts)
    if not meetings:
        for p in paragraphs[:6]:
            meetings = meetings_in(p.text.split(", held")[0]) or meetings
            if meetings:
                break
    return meetings, dates_in(held.group(1)) if held else [], " ".join(held.group(1).split()) if held else ""


def _foreign_summary(paragraphs: list[Paragraph], language: str) -> str:
    """The opening paragraph that names the report's meetings, preferring one that says it summarises
    them or when they were held; or ""."""
    naming = [p.text for p in paragraphs[:6] if loc.meetings_in(p.text, language)]
    return next((text for text in naming if loc.says_summary(text, language)), naming[0] if naming else "")


def _foreign_meetings_and_dates(paragraphs: list[Paragraph], language: str) -> tuple[list[int], list[date], str]:
    """_meetings_and_dates for a report in French, Spanish, Russian, Arabic or Chinese."""
    summary = _foreign_summary(paragraphs, language)
    held = loc.held_dates(summary, language) if summary else None
    meetings = (loc.meetings_in(summary[:held[0]], language) if held else []) or loc.meetings_in(summary, language)
    if meetings and held and held[1]:
        return meetings, held[1], held[2]
    # A multi-meeting report names each meeting with the day it was held, paragraph by paragraph.
    pairs: dict[int, date] = {}
    texts: list[str] = []
    for p in paragraphs:
        found, when = loc.meetings_in(p.text, language), loc.held_dates(p.text, language)
        if found and when and when[1] and found[0] not in pairs:
            pairs[found[0]] = when[1][0]
            texts.append(when[2])
    if len(pairs) > 1 or pairs and not meetings:
        ordered = sorted(pairs)
        return ordered, [pairs[m] for m in ordered], "; ".join(texts)
    return meetings, held[1] if held else [], held[2] if held else ""


def _kind(full_text: str, meetings: list[int]) -> str:
    if re.search(r"four[- ]year report", full_text, re.I):
        return "four-year report"
    if re.search(r"Action required by the Council|Relevant link\(s\) with the Strategic Plan|Financial implications",
                 full_text) or len(meetings) > 1:
        return "report to Council"
    return "meeting report"


def _chair(lines: list[_Line], full_text: str, language: str = "en") -> str | None:
    for i, line in enumerate(lines):
        if line.kind == "signature" and (role := _SIGNATURE_ROLE.match(line.text)) and i > 0:
            name = lines[i - 1].text
            role_text = role.group(1).replace("Vice Chair", "Vice-Chair")
            return name if role_text.lower() == "chair" else f"{name}, {role_text}"
        if language != "en" and line.kind == "signature" and (role := loc.SIGNATURE_ROLE.match(line.text)) and i > 0:
            name = lines[i - 1].text
            return f"{name}, {role.group(1)}" if loc.VICE.match(role.group(1)) else name
    match = _CHAIRED_BY.search(full_text)
    if match:
        return " ".join(match.group(1).replace(" ,", ",").split())
    if language != "en":
        return loc.chaired_by(full_text, language) or None
    return None


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def group_acronym(text: str) -> str:
    """The acronym of the first group the text names with one ("... Working Group on X (CWG-X)"), or ""."""
    match = _GROUP_NAME.search(text)
    return match.group(2) if match else ""


def _title(kind: str, body: str, meetings: list[int]) -> str:
    """A title built from what the text says: kind, meetings and the body it names itself by."""
    named = [_ordinal_suffix(m) for m in meetings]
    if not body:  # the text names no group: say only what it does say
        return f"Report of the {' and '.join(named)} meeting" if named else "Untitled report"
    listed = " and ".join([", ".join(named[:-1]), named[-1]]) if len(named) > 1 else "".join(named)
    if kind == "four-year report":
        span = f" (meetings {meetings[0]}-{meetings[-1]})" if len(meetings) > 1 else ""
        return f"Four-year report of {body}{span}"
    if kind == "report to Council":
        return f"Report to Council on the {listed} meetings of {body}" if named else f"Report of {body} to Council"
    return f"Report of the {listed} meeting of {body}" if named else f"Report of {body}"


def _heading_text(line: _Line) -> str:
    return f"{line.number} {line.text}" if line.number else line.text


def _language_sample(blocks: tuple[Block, ...], size: int = 2000) -> str:
    """The report's opening text, enough to tell its language."""
    parts: list[str] = []
    for block in blocks:
        parts.append(_clean(block.text))
        if sum(len(p) for p in parts) >= size:
            break
    return " ".join(parts)


# An ITU document symbol ("CWG-COP-19/4-F") names the group alike in every language.
_DOCUMENT_SYMBOL = re.compile(r"\b([A-Z]{2,}(?:-[A-Z]{2,})*)-\d+/\d+")


def _foreign_body(summary: str, full_text: str, language: str) -> str:
    """The group's acronym in English form where the text gives it, else as the text names the group."""
    symbol = _DOCUMENT_SYMBOL.search(full_text)
    if symbol:
        return symbol.group(1)
    return (loc.group_acronym(summary, language) or loc.group_acronym(full_text, language)
            or group_acronym(full_text))


def _metadata(paragraphs: list[Paragraph], full_text: str, language: str) -> tuple:
    """Meetings, dates, date text, kind and body, read with the language's own patterns."""
    if language not in loc.LOCALES:
        meetings, dates, date_text = _meetings_and_dates(paragraphs)
        body = group_acronym(_summary_sentence(paragraphs)) or group_acronym(full_text)
        return meetings, dates, date_text, _kind(full_text, meetings), body
    meetings, dates, date_text = _foreign_meetings_and_dates(paragraphs, language)
    if not meetings:  # a translation may keep its summary in English
        meetings, dates, date_text = _meetings_and_dates(paragraphs)
    kind = loc.kind_of(full_text, language) or _kind(full_text, meetings)
    body = _foreign_body(_foreign_summary(paragraphs, language), full_text, language)
    return meetings, dates, date_text, kind, body


def parse_report(blocks: tuple[Block, ...]) -> Report:
    """Parse a report's blocks into metadata and citable paragraphs."""
    blocks = tuple(blocks)
    language = detect_language(_language_sample(blocks))
    lines = _classify(blocks, language)
    paragraphs = _assemble(lines)
    full_text = "\n".join(line.text for line in lines)
    meetings, dates, date_text, kind, body = _metadata(paragraphs, full_text, language)
    return Report(
        title=_title(kind, body, meetings),
        body=body,
        kind=kind,
        meetings=tuple(meetings),
        dates=tuple(d.isoformat() for d in dates),
        date_text=date_text,
        chair=_chair(lines, full_text, language),
        paragraphs=tuple(paragraphs),
        headings=tuple(_heading_text(line) for line in lines if line.kind in ("heading", "subheading", "annex")),
        language=language,
    )

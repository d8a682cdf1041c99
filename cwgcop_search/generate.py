"""Optional generative answers from any OpenAI-compatible chat endpoint, checked.

The model gets the numbered passages and must end every sentence with the
number of the passage that supports it. Its output is then checked: a
sentence whose marker is missing or points to no passage, or whose cited
passage does not support it (by embedding similarity or shared words), is
dropped. If nothing survives, or the endpoint fails or times out, the
caller falls back to the extractive answer.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Callable, Iterator

import numpy as np

from .conversation import rewrite_is_acceptable
from .errors import CwgcopError
from .languages import language_name
from .query import STOPWORDS, tokens
from .types import Passage

# A sentence is supported when its cosine to the best sentence of the cited
# passage reaches SUPPORT_COSINE, or when SUPPORT_OVERLAP of its content words
# are in the passage. Set with eval/support_thresholds.py on the question set:
# these accept every restated claim against its own passage and 2.4% of claims
# cited to the wrong passage (some of those are true duplicates).
SUPPORT_COSINE = 0.85
SUPPORT_OVERLAP = 0.8
MAX_PASSAGE_CHARS = 1200

SYSTEM_PROMPT = (
    "You answer questions about the reports of the ITU Council Working Group on Child Online Protection. "
    "Use only the numbered passages given. Write at most four short sentences. End every sentence with the "
    "number of the passage that supports it in square brackets, like [2]. If the passages do not answer the "
    "question, reply exactly: The reports don't say."
)

_MARKER = re.compile(r"\[(\d+)\]")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+(?:\s*\[\d+\])*|$)")


class GenerationError(CwgcopError):
    """The language model endpoint failed, timed out or answered nonsense."""


@dataclass(frozen=True)
class Endpoint:
    base_url: str  # e.g. http://127.0.0.1:8080/v1
    model: str
    api_key: str = ""
    timeout: float = 60.0


def build_messages(question: str, passages: tuple[Passage, ...], language: str = "en") -> list[dict]:
    """The chat messages; the answer is asked for in the question's language."""
    numbered = "\n\n".join(f"[{n}] ({p.citation})\n{p.text[:MAX_PASSAGE_CHARS]}"
                           for n, p in enumerate(passages, start=1))
    system = SYSTEM_PROMPT
    if language != "en" or any(p.language != "en" for p in passages):
        system += (f" Write the answer in {language_name(language)}, translating faithfully what the passages say; "
                   f"keep the passage numbers.")
    return [{"role": "system", "content": system},
            {"role": "user", "content": f"Passages:\n\n{numbered}\n\nQuestion: {question}"}]


def stream_chat(endpoint: Endpoint, messages: list[dict], max_tokens: int = 300) -> Iterator[str]:
    """Tokens from the endpoint's streamed chat completion (server-sent events)."""
    body = json.dumps({"model": endpoint.model, "messages": messages, "stream": True,
                       "temperature": 0.0, "max_tokens": max_tokens}).encode("utf-8")
    request = urllib.request.Request(f"{endpoint.base_url.rstrip('/')}/chat/completions", data=body,
                                     headers={"Content-Type": "application/json",
                                              **({"Authorization": f"Bearer {endpoint.api_key}"}
                                                 if endpoint.api_key else {})})
    try:
        with urllib.request.urlopen(request, timeout=endpoint.timeout) as response:
            for raw in response:
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    return
                try:
                    delta = json.loads(data)["choices"][0].get("delta", {})
                except (json.JSONDecodeError, KeyError, IndexError) as exc:
                    raise GenerationError(f"the endpoint {endpoint.base_url} sent an unreadable event") from exc
                if delta.get("content"):
                    yield delta["content"]
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise GenerationError(f"the language model at {endpoint.base_url} did not answer ({reason})") from exc


def split_cited(text: str) -> list[tuple[str, list[int]]]:
    """The output's sentences, each with the passage numbers its markers name."""
    found = []
    for match in _SENTENCE.finditer(" ".join(text.split())):
        sentence = match.group(0).strip()
        if not sentence:
            continue
        numbers = [int(n) for n in _MARKER.findall(sentence)]
        text = re.sub(r"\s+([.!?,;:])", r"\1", _MARKER.sub("", sentence)).strip()
        found.append((text, numbers))
    return found


def word_overlap(sentence: str, passage: str) -> float:
    """Share of the sentence's content words that the passage has."""
    words = [w for w in tokens(sentence) if w not in STOPWORDS]
    if not words:
        return 0.0
    present = set(tokens(passage))
    return sum(w in present for w in words) / len(words)


def check(output: str, passages: tuple[Passage, ...], embed: Callable[[list[str]], np.ndarray],
          passage_sentences: dict[int, list[str]],
          support_cosine: float = SUPPORT_COSINE) -> tuple[list[tuple[str, int]], list[str]]:
    """(supported sentences with the passage number they cite, dropped sentences).

    A sentence in another language than its passage can only be supported by
    the embedding (a multilingual model places a faithful translation close).
    """
    kept, dropped = [], []
    for sentence, numbers in split_cited(output):
        valid = [n for n in numbers if 1 <= n <= len(passages)]
        if not sentence or not valid:
            dropped.append(sentence)
            continue
        supported = None
        for n in valid:
            passage = passages[n - 1]
            if word_overlap(sentence, passage.text) >= SUPPORT_OVERLAP:
                supported = n
                break
            units = passage_sentences.get(passage.chunk_id) or [passage.text]
            vectors = embed([sentence] + units)
            if float((vectors[1:] @ vectors[0]).max()) >= support_cosine:
                supported = n
                break
        if supported is None:
            dropped.append(sentence)
        else:
            kept.append((sentence, supported))
    return kept, dropped


REWRITE_PROMPT = (
    "Rewrite the user's last question so that it can be understood without the conversation: replace "
    "pronouns and phrases like 'what about X' with what they refer to in the earlier questions. If it "
    "already stands alone, return it unchanged. Reply with the question only."
)


def rewrite_question(endpoint: Endpoint, history: list[str], question: str) -> str | None:
    """The follow-up rewritten by the model to stand alone, or None when the rewrite is unusable.

    Unusable: empty, very long, or not acceptable by the same check the rules'
    rewrite would pass (see ``conversation.rewrite_is_acceptable``).
    """
    earlier = "\n".join(f"- {q}" for q in history[-3:])
    messages = [{"role": "system", "content": REWRITE_PROMPT},
                {"role": "user", "content": f"Earlier questions:\n{earlier}\n\nLast question: {question}"}]
    text = " ".join("".join(stream_chat(endpoint, messages, max_tokens=80)).split()).strip().strip('"')
    if not text or len(text) > 300 or len(text.split()) < 3:
        return None
    return text if rewrite_is_acceptable(text, question, history) else None

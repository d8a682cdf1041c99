"""The front door: build the index, open it, ask it. The CLI and app call this."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from . import answer as answers
from . import contributions
from .actor_index import directory_for
from . import generate as generation
from . import retrieval
from .actors import ATTRIBUTION_VERSION, attribute_report
from .calibration import calibration_for
from .chunking import CHUNKER_VERSION, chunk_report
from .config import Settings
from .conversation import Conversation
from .embedder import EMBEDDING_VERSION, Embedder, embed_chunks, load_embedder
from .backends import Reader, open_store
from .errors import CorpusError, CwgcopError, IndexMissingError, QuestionError, ReaderError, UploadError
from .ingest import Limits, ParsedFile, ParseWorker
from .lexicon import mine_acronyms
from .readers import SUPPORTED_EXTENSIONS, file_type_of
from .store import SCHEMA_VERSION
from .types import Answer, DocumentInfo, Filters, IndexReport, Verdict

# progress(stage, done, total): stage is "read" (files) or "embed" (chunks).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class CorpusFile:
    source: str  # path relative to the corpus folder, with forward slashes
    path: Path
    size: int
    mtime_ns: int


def scan_corpus(corpus_dir: Path) -> tuple[list[CorpusFile], list[Verdict]]:
    """Supported files under the corpus folder, and a verdict for each of the rest."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"The corpus folder {corpus_dir} does not exist; create it and put "
                          f"the reports ({', '.join(sorted(SUPPORTED_EXTENSIONS))}) in it.")
    found, skipped = [], []
    for path in sorted(corpus_dir.rglob("*")):
        relative = path.relative_to(corpus_dir)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if file_type_of(path) is None:
            source = relative.as_posix()
            skipped.append(Verdict(source, "skipped", "unsupported",
                                   f"{source}: skipped, '{path.suffix or 'no extension'}' files are not supported "
                                   f"(use {', '.join(sorted(SUPPORTED_EXTENSIONS))})"))
            continue
        stat = path.stat()
        found.append(CorpusFile(relative.as_posix(), path, stat.st_size, stat.st_mtime_ns))
    return found, skipped


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Engine:
    """Everything a user can do with a corpus and its index."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.store = open_store(settings)
        self._reader: Reader | None = None
        self._reader_path = None  # the version of the index the reader shows
        self._lock = threading.Lock()

    # ------------------------------------------------------------ model

    @property
    def embedder(self) -> Embedder:
        return load_embedder(self.settings.model)

    def _index_parameters(self) -> dict:
        return {"model": self.settings.model,
                "chunking": {"max_tokens": self.settings.max_tokens, "version": CHUNKER_VERSION},
                "embedding": EMBEDDING_VERSION,
                "schema_version": SCHEMA_VERSION, "attribution": ATTRIBUTION_VERSION}

    # ------------------------------------------------------------ indexing

    def needs_rebuild(self, manifest: dict | None) -> bool:
        if manifest is None:
            return True
        wanted = self._index_parameters()
        return any(manifest.get(key) != value for key, value in wanted.items())

    def is_stale(self) -> bool:
        """True when the index is missing, built differently, or behind the corpus."""
        manifest = self.store.manifest()
        if self.needs_rebuild(manifest):
            return True
        files, _ = scan_corpus(self.settings.corpus_dir)
        known = {**manifest.get("files", {}), **manifest.get("failed", {})}
        if set(known) != {f.source for f in files}:
            return True
        return any(not _unchanged(known[f.source], f) for f in files)

    def _limits(self) -> Limits:
        s = self.settings
        return Limits(max_file_mb=s.max_file_mb, max_pages=s.max_pages, timeout=s.parse_timeout)

    def index(self, rebuild: bool = False, progress: Progress | None = None) -> IndexReport:
        """Bring the index up to date with the corpus folder, touching only what changed.

        Every file gets a verdict; a file that cannot be read is skipped with its reason
        and never stops the others. It is tried again once it changes.
        """
        files, unsupported = scan_corpus(self.settings.corpus_dir)
        # A rebuild reads nothing of the old index, so it also replaces a damaged one.
        manifest = None if rebuild else self.store.manifest()
        rebuild = rebuild or self.needs_rebuild(manifest)
        old_files = {} if rebuild else manifest.get("files", {})
        old_failed = {} if rebuild else manifest.get("failed", {})

        plan_add, plan_update, unchanged, keep = [], [], [], {}
        keep_failed = {}
        for f in files:
            before = old_files.get(f.source) or old_failed.get(f.source)
            if before and _unchanged(before, f):
                unchanged.append(f.source)
                entry = {**before, "size": f.size, "mtime_ns": f.mtime_ns}
                (keep if f.source in old_files else keep_failed)[f.source] = entry
            elif f.source in old_files or f.source in old_failed:
                plan_update.append(f)
            else:
                plan_add.append(f)
        current = {f.source for f in files}
        removed = sorted(s for s in {**old_files, **old_failed} if s not in current)

        if not (rebuild or plan_add or plan_update or removed):
            return self._report(keep, keep_failed, unsupported, unchanged=unchanged,
                                n_chunks=int(manifest.get("vector_count", 0)))

        embedder = self.embedder
        writer = self.store.begin(fresh=rebuild)
        try:
            for source in removed + [f.source for f in plan_update]:
                writer.remove_document(source)
            todo = plan_add + plan_update
            added, updated = [], []
            # Every file is read before any is embedded: a pair of sentences is embedded with the
            # acronyms it uses spelt out, and a report may use one that another defines.
            read = []
            with ParseWorker(self._limits()) as worker:
                for done, f in enumerate(todo, start=1):
                    if progress:
                        progress("read", done - 1, len(todo))
                    entry = {"sha256": "", "size": f.size, "mtime_ns": f.mtime_ns}
                    try:
                        entry["sha256"] = sha256_of(f.path)
                        parsed = worker.parse(f.path)
                    except ReaderError as exc:
                        keep_failed[f.source] = {**entry, "reason": str(exc), "code": exc.reason}
                        continue
                    except OSError as exc:
                        keep_failed[f.source] = {**entry, "reason": f"{f.source}: cannot be read ({exc}).",
                                                 "code": "unreadable"}
                        continue
                    read.append((f, entry, parsed,
                                 chunk_report(parsed.report, self.settings.max_tokens, embedder.count_tokens)))
            if progress:
                progress("read", len(todo), len(todo))
            # The documents kept define their acronyms first, as the index reads them (chunk order).
            # Their chunks and pairs keep the vectors they were embedded with: an acronym a new report
            # defines is spelt out in the reports kept only at the next rebuild (``--rebuild``).
            acronyms = writer.known_acronyms()
            for short, long_form in mine_acronyms(c.embed_text for *_, chunks in read for c in chunks).items():
                acronyms.setdefault(short, long_form)
            for f, entry, parsed, chunks in read:
                self._add_parsed(writer, f, entry["sha256"], parsed, chunks, embedder, progress, acronyms)
                keep[f.source] = {**entry, "chunks": len(chunks), "paragraphs": len(parsed.report.paragraphs),
                                  "pages": parsed.pages, "warnings": list(parsed.warnings)}
                (updated if f in plan_update else added).append(f.source)
            new_manifest = {**self._index_parameters(), "dimension": embedder.dimension,
                            "files": keep, "failed": keep_failed}
            writer.commit(new_manifest)
        except BaseException:
            writer.abort()
            raise
        return self._report(keep, keep_failed, unsupported, added=added, updated=updated, removed=removed,
                            unchanged=unchanged, rebuilt=rebuild,
                            n_chunks=sum(e.get("chunks", 0) for e in keep.values()))

    @staticmethod
    def _report(keep: dict, failed: dict, unsupported: list[Verdict], **counts) -> IndexReport:
        verdicts = verdicts_of(keep, failed, unsupported)
        return IndexReport(
            **{k: tuple(v) if isinstance(v, list) else v for k, v in counts.items()},
            skipped=tuple(v.message for v in verdicts if v.status == "skipped"),
            warnings=tuple(w for v in verdicts for w in v.warnings),
            verdicts=verdicts)

    def _add_parsed(self, writer, f: CorpusFile, sha: str, parsed: ParsedFile, chunks: list, embedder: Embedder,
                    progress: Progress | None, acronyms: dict[str, str]) -> None:
        embed_progress = (lambda done, total: progress("embed", done, total)) if progress else None
        embedded = embed_chunks(chunks, embedder, self.settings.batch_size, embed_progress, acronyms)
        # One more pass of the model over each chunk (on the shipped corpus a build takes 58 s, not 36 s):
        # switched off, the index is built without latent terms and searched without them.
        latent = embedder.latent_terms([c.text for c in chunks]) if self.settings.latent_search else None
        mentions = attribute_report([(c.paragraph, c.section, c.part, c.text) for c in chunks])
        writer.add_document(f.source, parsed.file_type, sha, parsed.report, chunks, embedded.vectors,
                            embedded.sentences, embedded.sentence_vectors, mentions, latent,
                            embedded.pairs, embedded.pair_vectors)

    def verdicts(self) -> tuple[Verdict, ...]:
        """Every file's verdict from the last indexing, and the unsupported files in the folder now."""
        manifest = self.store.manifest() or {}
        _, unsupported = scan_corpus(self.settings.corpus_dir)
        return verdicts_of(manifest.get("files", {}), manifest.get("failed", {}), unsupported)

    def status(self) -> dict:
        """The index at a glance: model, size on disk, age, counts and every file's verdict."""
        manifest = self.store.manifest()
        if manifest is None:
            raise IndexMissingError(
                f"No index in {self.settings.index_dir}; build it with 'cwgcop-search index'.")
        info = self.store.describe()
        verdicts = self.verdicts()
        return {"index_dir": str(self.settings.index_dir), "model": manifest.get("model"),
                "dimension": manifest.get("dimension"), "passages": int(manifest.get("vector_count", 0)),
                "size_bytes": info["size_bytes"], "built_at": info["built_at"],
                "files": len(verdicts), "skipped": sum(v.status == "skipped" for v in verdicts),
                "verdicts": [v.to_dict() for v in verdicts]}

    # ------------------------------------------------------------ library

    def check_upload(self, filename: str, size: int) -> str:
        """The name an upload of ``size`` bytes would be saved under; refused (UploadError) before
        any byte is read when its type, size or name is not acceptable."""
        name = safe_filename(filename)
        if file_type_of(Path(name)) is None:
            raise UploadError(f"{filename}: only {', '.join(sorted(SUPPORTED_EXTENSIONS))} files can be added.")
        limit = int(self.settings.max_upload_mb * 1024 * 1024)
        if size > limit:
            raise UploadError(f"{filename}: the file is {size / 1048576:.1f} MB; the limit is "
                              f"{self.settings.max_upload_mb:g} MB (setting max_upload_mb).")
        if size == 0:
            raise UploadError(f"{filename}: the file is empty.")
        if (Path(self.settings.corpus_dir) / name).exists():
            raise UploadError(f"{name} is already in the library; remove it first or rename the new file.")
        return name

    def add_file(self, filename: str, data: bytes, progress: Progress | None = None,
                 by: str = "") -> IndexReport:
        """Save an uploaded report into the corpus folder and index it.

        Refuses unsupported types, files over the size limit, unsafe names and
        names already taken (nothing is overwritten, even by a concurrent upload).
        """
        name = self.check_upload(filename, len(data))
        corpus = Path(self.settings.corpus_dir)
        corpus.mkdir(parents=True, exist_ok=True)
        target = corpus / name
        partial = corpus / f".{name}.{os.getpid()}.{threading.get_ident()}.part"
        partial.write_bytes(data)
        try:
            # A hard link publishes the whole file at once and fails if the name was taken
            # in the meantime (another session's upload), where os.replace would overwrite it.
            os.link(partial, target)
        except FileExistsError:
            raise UploadError(f"{name} is already in the library; remove it first or rename the new file.") from None
        finally:
            partial.unlink(missing_ok=True)
        self.store.log_change("added", name, by)
        return self.index(progress=progress)

    def remove_file(self, source: str, progress: Progress | None = None, by: str = "") -> IndexReport:
        """Delete a report from the corpus folder and from the index."""
        path = self.source_path(source)
        if not path.is_file():
            raise CorpusError(f"{source} is not in the corpus folder {self.settings.corpus_dir}.")
        path.unlink()
        self.store.log_change("removed", source, by)
        return self.index(progress=progress)

    def corpus_files(self) -> list[str]:
        """Every file of the corpus folder, readable or not (what the library can remove)."""
        files, unsupported = scan_corpus(self.settings.corpus_dir)
        return sorted([f.source for f in files] + [v.source for v in unsupported])

    def source_path(self, source: str) -> Path:
        """The original file of an indexed report (``source`` is relative to the corpus folder)."""
        corpus = Path(self.settings.corpus_dir).resolve()
        path = (corpus / source).resolve()
        if corpus not in path.parents:
            raise CorpusError(f"{source} is outside the corpus folder.")
        return path

    def report_paragraphs(self, source: str) -> tuple[DocumentInfo, list]:
        """A report's metadata and its stored chunks in reading order, for the source viewer."""
        reader = self.reader()
        document = next((d for d in reader.documents() if d.source == source), None)
        if document is None:
            raise CorpusError(f"{source} is not in the index.")
        return document, reader.document_chunks(document.doc_id)

    def ensure_index(self, progress: Progress | None = None) -> IndexReport | None:
        """Build or update the index when it is missing or stale; None when it was fresh."""
        if self.store.current() is not None and not self.is_stale():
            return None
        return self.index(progress=progress)

    # ------------------------------------------------------------ reading

    def reader(self) -> Reader:
        """The current index, reopened when a newer generation was published."""
        with self._lock:
            current = self.store.current()
            if current is None:
                raise IndexMissingError(
                    f"No index in {self.settings.index_dir}; build it with 'cwgcop-search index'.")
            if self._reader is None or self._reader_path != current:
                # The old reader is not closed here: searches in other threads may still be
                # using it. Each holds its own reference, and the reader (with its SQLite
                # connection) is freed when the last of them finishes. The store keeps the
                # generation before the current one on disk for them.
                self._reader, self._reader_path = self.store.reader_for(current), current
            return self._reader

    def warm_up(self) -> None:
        """Load the model and open the index now, so the first question is answered quickly."""
        self.embedder.embed_query("warm up")
        if self.store.current() is not None:
            self.reader().vocabulary()

    def documents(self) -> list[DocumentInfo]:
        return self.reader().documents()

    def ask(self, question: str, k: int | None = None, filters: Filters | None = None,
            question_id: object = None, conversation: Conversation | None = None,
            generate: bool = False, on_token: Callable[[str], None] | None = None) -> Answer:
        """Answer one question from the index with a short cited answer.

        With a conversation, a follow-up ("what about Albania?") is first
        resolved against the earlier questions, and then added to them.
        """
        question = clean_question(question, self.settings.max_question_chars)
        resolved = self._resolve(question, conversation, generate)
        result = self.search(resolved, k, filters)
        answer = answers.compose(resolved, result.passages, result.sentences, result.plan, result.abstained,
                                 result.reason, question_id)
        if generate and not answer.abstained:
            answer = self._generate(resolved, result, answer, on_token)
        if conversation is not None:
            conversation.add(resolved)
        return replace(answer, question=question, resolved_question=resolved)

    def _resolve(self, question: str, conversation: Conversation | None, generate: bool) -> str:
        """The follow-up as a question that stands alone: by the model when one is in use, else by rules."""
        if conversation is None or not conversation.turns:
            return question
        endpoint = self.endpoint() if generate else None
        if endpoint is not None:
            try:
                rewritten = generation.rewrite_question(endpoint, conversation.turns, question)
            except generation.GenerationError:
                rewritten = None
            if rewritten:
                return rewritten
        return conversation.resolve(question)

    def endpoint(self) -> generation.Endpoint | None:
        """The configured language model endpoint, or None."""
        s = self.settings
        return generation.Endpoint(s.llm_base_url, s.llm_model, s.llm_api_key, s.llm_timeout) \
            if s.llm_base_url else None

    def _generate(self, question: str, result: retrieval.SearchResult, extractive: Answer,
                  on_token: Callable[[str], None] | None) -> Answer:
        """A checked generative answer, or the extractive one with a note saying why not."""
        endpoint = self.endpoint()
        if endpoint is None:
            return answers.with_note(extractive, "No language model is configured (set CWGCOP_LLM_BASE_URL); "
                                                 "showing the extractive answer.")
        passages = result.passages[:5]
        try:
            pieces = []
            messages = generation.build_messages(question, passages, result.plan.language)
            for token in generation.stream_chat(endpoint, messages):
                pieces.append(token)
                if on_token:
                    on_token(token)
        except generation.GenerationError as exc:
            return answers.with_note(extractive, f"{exc}; showing the extractive answer.")
        texts = {chunk_id: [t for t, _ in scored] for chunk_id, scored in result.sentences.items()}
        kept, dropped = generation.check("".join(pieces), passages, self.embedder.embed, texts,
                                         calibration_for(self.settings.model).support_cosine)
        if not kept:
            return answers.with_note(extractive, "The language model's answer had no sentence supported by "
                                                 "the passages it cited; showing the extractive answer.")
        generated = answers.from_checked(question, kept, result.passages, len(dropped), extractive.id,
                                         extractive.language)
        return replace(generated, resolved_question=extractive.resolved_question)

    def search(self, question: str, k: int | None = None, filters: Filters | None = None) -> retrieval.SearchResult:
        """Ranked passages with the retrieval's confidence and abstention verdict."""
        return retrieval.search(self.reader(), self.embedder, question, k or self.settings.top_k,
                                filters, self.settings)

    # ------------------------------------------------------------ who said what (contributions.py)

    def who(self, name: str, include_mentions: bool = False):
        """An actor and everything it presented or said, in date order."""
        return contributions.contributions(self.reader(), name, include_mentions)

    def actors(self):
        """Meeting labels in date order, and every actor that presented with its counts per meeting."""
        return contributions.actor_counts(self.reader())

    def actor_names(self) -> list[str]:
        """Every country and organisation the indexed reports name, for an actor filter."""
        return [actor.name for actor in directory_for(self.reader()).actors()]

    def timeline(self, topic: str, filters: Filters | None = None) -> contributions.Timeline:
        """A topic across meetings: the passages on it per report, first appearance, latest position."""
        return contributions.timeline(self.reader(), self._wide_search(topic, filters), topic,
                                      calibration_for(self.settings.model).topic_similarity)

    def practices(self, topic: str, region: str | None = None, filters: Filters | None = None,
                  limit: int = 12) -> list[contributions.Practice]:
        """The best passage per country or organisation on a topic, best first."""
        return contributions.practices(self.reader(), self._wide_search(topic, filters), region, limit,
                                       calibration_for(self.settings.model).topic_similarity)

    def _wide_search(self, topic: str, filters: Filters | None) -> retrieval.SearchResult:
        topic = " ".join(topic.split())
        if not topic:
            raise CwgcopError("The topic is empty; type what you want to follow, e.g. 'age verification'.")
        return self.search(topic, retrieval.POOL, filters)

    def ask_many(self, questions: Iterable[tuple[object, str]], k: int | None = None,
                 filters: Filters | None = None, generate: bool = False) -> Iterable[Answer]:
        for question_id, question in questions:
            yield self.ask(question, k, filters, question_id, generate=generate)


def clean_question(question: str, max_chars: int) -> str:
    """The question on one line, without control characters; refused when empty or too long."""
    question = " ".join("".join(c if c.isprintable() else " " for c in question).split())
    if not question:
        raise QuestionError("The question is empty; type what you want to know.")
    if len(question) > max_chars:
        raise QuestionError(f"The question is {len(question):,} characters long; the limit is {max_chars:,} "
                            f"(setting max_question_chars). Ask it in fewer words.")
    return question


def safe_filename(filename: str) -> str:
    """A plain file name: no folders, no leading dots, only letters, digits, '-', '_', '.' and spaces."""
    name = Path(filename.replace("\\", "/")).name
    name = re.sub(r"[^\w.\- ]+", "_", name).strip(" .")
    if not name or name.startswith("."):
        raise UploadError(f"{filename!r} is not a usable file name.")
    stem, extension = os.path.splitext(name)
    if len(extension) > 10:  # not an extension, just a dot in a long name
        stem, extension = name, ""
    return stem[:150 - len(extension)].rstrip(" .") + extension  # shortened, keeping its type


def _same_stat(entry: dict, f: CorpusFile) -> bool:
    return entry.get("size") == f.size and entry.get("mtime_ns") == f.mtime_ns


def _unchanged(entry: dict, f: CorpusFile) -> bool:
    """The file is as it was when ``entry`` was recorded (an unreadable one counts as changed)."""
    if _same_stat(entry, f):
        return True
    try:
        return entry.get("sha256") == sha256_of(f.path)
    except OSError:
        return False


def verdicts_of(indexed: dict, failed: dict, unsupported: list[Verdict]) -> tuple[Verdict, ...]:
    """Verdicts, by file name, from the manifest's entries for indexed and failed files."""
    verdicts = list(unsupported)
    for source, entry in indexed.items():
        warnings = tuple(entry.get("warnings", ()))
        verdicts.append(Verdict(source, "indexed with warnings" if warnings else "indexed",
                                paragraphs=entry.get("paragraphs", 0), pages=entry.get("pages", 0),
                                warnings=warnings))
    for source, entry in failed.items():
        verdicts.append(Verdict(source, "skipped", entry.get("code", "damaged"), entry["reason"]))
    return tuple(sorted(verdicts, key=lambda v: v.source))

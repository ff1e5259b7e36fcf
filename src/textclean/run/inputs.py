"""Input files -> batches -> :class:`~textclean.models.PageResult` s.

What a run reads: folders expand to their ``*.txt`` files, inputs are ordered
by file name (so the output order never depends on the order of arguments),
and pages are grouped into batches of roughly equal size in bytes, the unit a
worker cleans at once.

Reading is defensive: an input is opened without blocking and must be a
regular file (a FIFO or device named ``*.txt`` is rejected, never read), it
is hashed in chunks, and no more than ``Config.max_bytes`` of it is ever held
in memory.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from textclean.clean.decode import clean_name
from textclean.clean.page import clean_page, too_large
from textclean.config import Config
from textclean.dataset.quickcheck import StatCache, save_section, settled, signature
from textclean.models import InputFile, PageResult, Reject
from textclean.run.deadline import InputTimeout, within

#: Default size of a batch of pages: big enough that per-task overhead is
#: negligible, small enough that batches spread over workers. A worker's
#: memory grows with it (about 35 MB a MiB): 2 MiB cost 2.5% of the speed
#: of 4 MiB and keep a whole run under 1 GB.
BATCH_BYTES = 2 * 1024 * 1024

#: OS errors that say the input itself is unusable; anything else (EIO, a
#: network file system hiccup) is raised so that the caller can retry.
PERMANENT_ERRNOS = frozenset(
    {
        errno.ENOENT,
        errno.EACCES,
        errno.EPERM,
        errno.EISDIR,
        errno.ENOTDIR,
        errno.ELOOP,
        errno.ENXIO,
        errno.ENODEV,
        errno.EINVAL,
        errno.ENAMETOOLONG,
    }
)

#: Bytes read at a time.
CHUNK = 1 << 20


def is_input_name(path: Path) -> bool:
    """A folder's entries that are inputs: names ending in ``.txt``, in any case.

    >>> is_input_name(Path("a/PAGE.TXT")), is_input_name(Path("a/page.md"))
    (True, False)
    """
    return _is_input_entry(path.name)


def _is_input_entry(name: str) -> bool:
    """:func:`is_input_name` of a bare entry name, without making a path (``.txt`` alone has no suffix).

    >>> [_is_input_entry(n) for n in ("a.txt", "B.TxT", ".txt", "a.txt.bak", "txt")]
    [True, True, False, False, False]
    """
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() == ".txt"


def missing_input(paths: Iterable[str | Path]) -> Path | None:
    """The first of ``paths`` that does not exist (a broken link exists), or None: what
    :func:`collect_inputs` would raise for, without listing folders or resolving every file.

    >>> missing_input([".", "no/such/file"])
    PosixPath('no/such/file')
    """
    for raw in paths:
        path = Path(raw)
        if not (path.exists() or path.is_symlink()):
            return path
    return None


def collect_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders to their ``*.txt`` entries; keep files given by name; sort by file name.

    Every ``*.txt`` entry of a folder is an input, also one that cannot be read
    (a broken link, a sub-folder, a FIFO): it is rejected later, with a reason,
    rather than skipped in silence. Raises :class:`FileNotFoundError` naming the
    first path that does not exist. The same file named twice is kept once.
    """
    return [Path(p) for p in input_paths(paths)]


def input_paths(paths: Iterable[str | Path]) -> list[str]:
    """:func:`collect_inputs` as strings (what a flow passes on), without making a path object per input."""
    found: dict[str, str] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for p, real in _folder_inputs(path):
                found.setdefault(real, p)
        elif path.exists() or path.is_symlink():
            found.setdefault(str(path.resolve()), str(path))
        else:
            raise FileNotFoundError(errno.ENOENT, "no such file or folder", str(path))
    return sorted(found.values(), key=lambda p: (clean_name(os.path.basename(p)), clean_name(p)))


def _folder_inputs(folder: Path) -> Iterator[tuple[str, str]]:
    """The input entries of ``folder`` (:func:`is_input_name`), each with its real path, as strings.

    In name order, whatever order the file system lists them in: of two names
    of one file (a link), the first name is the input. The folder is resolved
    once; only entries that are symbolic links are resolved one by one
    (resolving each of 20,000 entries took a third of a second), and paths
    are joined as strings (making 20,000 path objects took another).
    """
    real_folder = str(folder.resolve()).rstrip("/") + "/"
    base = "" if str(folder) == "." else str(folder).rstrip("/") + "/"  # as ``folder / name`` would be
    with os.scandir(folder) as it:
        entries = sorted((e.name, e.is_symlink()) for e in it if _is_input_entry(e.name))
    for name, is_link in entries:
        p = base + name
        yield p, (os.path.realpath(p) if is_link else real_folder + name)


def path_to_param(path: str | Path) -> str:
    """A path as a string any JSON encoder takes (for a Prefect flow parameter).

    A path that is valid UTF-8 stays as it is; one with other bytes in its name
    (a GBK or Big5 name, which Python holds as surrogate escapes) becomes a NUL
    followed by the hex of its bytes. No path holds a NUL, so the two never clash.

    >>> path_to_param("seeds/a.txt")
    'seeds/a.txt'
    >>> gbk = os.fsdecode("工会.txt".encode("gbk"))
    >>> path_to_param(gbk)
    '\\x00b9a4bbe12e747874'
    >>> path_from_param(path_to_param(gbk)) == gbk
    True
    """
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "\0" + os.fsencode(text).hex()
    return text


def path_from_param(param: str) -> str:
    """The path :func:`path_to_param` made ``param`` from."""
    return os.fsdecode(bytes.fromhex(param[1:])) if param.startswith("\0") else param


def plan_batches(sizes: Sequence[tuple[str, int]], batch_bytes: int = BATCH_BYTES) -> list[list[str]]:
    """Group ``(path, size)`` pairs, in order, into batches of about ``batch_bytes``.

    A batch closes once it holds ``batch_bytes`` or more, so a page larger than
    that is a batch of its own.

    >>> plan_batches([("a", 3), ("b", 3), ("c", 3), ("d", 9), ("e", 1)], batch_bytes=6)
    [['a', 'b'], ['c', 'd'], ['e']]
    >>> plan_batches([])
    []
    """
    batches: list[list[str]] = []
    current: list[str] = []
    total = 0
    for path, size in sizes:
        current.append(path)
        total += size
        if total >= batch_bytes:
            batches.append(current)
            current, total = [], 0
    if current:
        batches.append(current)
    return batches


def batches_of(paths: Sequence[str | Path], batch_bytes: int = BATCH_BYTES) -> list[list[str]]:
    """:func:`plan_batches` over files on disk (a missing file counts as empty)."""

    def size(p: str | Path) -> int:
        try:
            return Path(p).stat().st_size
        except OSError:
            return 0

    return plan_batches([(str(p), size(p)) for p in paths], batch_bytes)


def _open_regular(path: Path) -> int:
    """A read-only descriptor of ``path``, which must be a regular file (opening never blocks)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise OSError(errno.EISDIR, "is a folder", str(path))
        raise OSError(errno.EINVAL, "not a regular file (a FIFO, socket or device)", str(path))
    return fd


def read_input(path: str | Path, max_bytes: int) -> tuple[bytes | None, str, int]:
    """``(data, sha256, size)`` of a regular file, read in chunks.

    ``data`` is None when the file holds more than ``max_bytes`` (it is still
    hashed, never held whole in memory). Raises :class:`OSError`.
    """
    digest = hashlib.sha256()
    chunks: list[bytes] | None = []
    size = 0
    with os.fdopen(_open_regular(Path(path)), "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if chunks is not None and size <= max_bytes:
                chunks.append(chunk)
            else:
                chunks = None
    return (None if chunks is None else b"".join(chunks)), digest.hexdigest(), size


def input_roots(paths: Iterable[str | Path]) -> frozenset[str]:
    """The real paths of the folders among ``paths``: where an input that is a symbolic link may point."""
    return frozenset(os.path.realpath(p) for p in paths if os.path.isdir(p))


def symlink_problem(path: str | Path, config: Config) -> str | None:
    """Why the input ``path``, a symbolic link, must not be read; None when it may (or is no link).

    A link is followed only to a file inside one of ``config.input_roots``
    (or anywhere with ``config.follow_symlinks``): a page folder holding
    ``p.txt -> /etc/passwd`` must not put that file into a dataset.

    >>> import tempfile
    >>> pages = tempfile.mkdtemp()
    >>> os.symlink("/etc/hostname", os.path.join(pages, "p.txt"))
    >>> symlink_problem(os.path.join(pages, "p.txt"), Config(input_roots=input_roots([pages])))
    'a symbolic link to a file outside the input folders (--follow-symlinks reads it)'
    >>> symlink_problem(os.path.join(pages, "p.txt"), Config(follow_symlinks=True)) is None
    True
    """
    if config.follow_symlinks or config.input_roots is None or not os.path.islink(path):
        return None
    real = os.path.realpath(path)
    if any(real.startswith(root.rstrip("/") + "/") for root in config.input_roots):
        return None
    return "a symbolic link to a file outside the input folders (--follow-symlinks reads it)"


def clean_file(path: str | Path, config: Config | None = None) -> PageResult:
    """Read and clean one input file.

    A file that cannot be used (gone, unreadable, a folder, a FIFO) comes back
    rejected with reason ``unreadable``; one larger than ``config.max_bytes``
    with ``too_large``; one whose cleaning takes longer than ``config.input_timeout``
    seconds with ``timeout`` (:func:`timed_out`); other OS errors are raised, as they may pass on a retry.
    """
    config = config or Config()
    path = Path(path)
    name = clean_name(path.name)
    refused = symlink_problem(path, config)
    if refused is not None:
        return PageResult(name, "", None, rejects=[Reject(name, "read", "symlink", refused)])
    try:
        data, sha, size = read_input(path, config.max_bytes)
    except OSError as exc:
        if exc.errno not in PERMANENT_ERRNOS:
            raise
        return PageResult(name, "", None, rejects=[Reject(name, "read", "unreadable", exc.strerror or str(exc))])
    if data is None:
        return too_large(name, sha, size, config)
    try:
        return within(config.input_timeout, clean_page, name, data, config, sha)
    except InputTimeout:
        return timed_out(name, sha, config)


def timed_out(source: str, sha256: str, config: Config) -> PageResult:
    """The result for an input whose cleaning ran past ``config.input_timeout`` (reason ``timeout``).

    A run does not keep it for reuse: the next run cleans the input again
    (:func:`~textclean.dataset.rows.retried`).

    >>> timed_out("p.txt", "ab" * 32, Config(input_timeout=2)).rejects[0].detail
    'cleaning took longer than 2 s (--input-timeout)'
    """
    detail = f"cleaning took longer than {config.input_timeout:g} s (--input-timeout)"
    return PageResult(source, sha256, None, rejects=[Reject(source, "segment", "timeout", detail)])


def clean_files(paths: Iterable[str | Path], config: Config | None = None) -> list[PageResult]:
    """Clean a batch of files, in order."""
    return [clean_file(p, config) for p in paths]


def fingerprint(
    paths: Iterable[str | Path], stat_dir: str | Path | None = None, config: Config | None = None
) -> list[InputFile]:
    """Name, size and sha256 of each input (unreadable ones, and links ``config`` does not follow
    (:func:`symlink_problem`), get an empty sha256: they are never read).

    Names are made fit for text fields (:func:`~textclean.clean.decode.clean_name`).
    ``stat_dir``: a dataset folder whose quick-check cache
    (:mod:`textclean.dataset.quickcheck`) gives the sha256 of inputs whose stat has
    not changed since a run hashed them; the others are read, and the cache's
    inputs are replaced by these ones.
    """
    cache = StatCache.load(stat_dir, "inputs")
    seen = StatCache()
    out = []
    config = config or Config()
    for p in [os.fspath(path) for path in paths]:
        key = os.path.abspath(p)
        try:
            if symlink_problem(p, config) is not None:
                raise OSError(errno.EPERM, "a symbolic link not followed", p)
            st = os.stat(p)
            sha = cache.sha256(key, st)
            if sha is None:
                started = time.time_ns()
                _, sha, size = read_input(p, max_bytes=-1)
                if settled(st, started) and signature(os.stat(p)) == signature(st):
                    seen.record(key, st, sha)
            else:
                size = st.st_size
                seen.record(key, st, sha)
        except OSError:
            out.append(InputFile(clean_name(p), clean_name(os.path.basename(p)), "", 0))
        else:
            out.append(InputFile(clean_name(p), clean_name(os.path.basename(p)), sha, size))
    if stat_dir is not None and Path(stat_dir).is_dir():
        save_section(stat_dir, "inputs", seen)
    return out

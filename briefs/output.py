"""Write the built site: into a new folder beside the output, then swapped in whole.

Readers and deploy tools never see a half-written site, files of deleted articles never linger,
and a build that fails (or is interrupted) leaves the old output exactly as it was. Files whose
bytes did not change are hard-linked from the old output, so they keep their inode and mtime.
Because the whole folder is replaced, `check_output` first makes sure it can only ever be a folder
briefs wrote.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import functools
import os
import shutil
import tempfile
from pathlib import Path

from briefs.errors import BriefsError

MARKER = ".briefs"  # written into every output folder: "briefs may replace this folder"
MARKER_TEXT = b"This folder is built by briefs and replaced whole on every build.\n"
STAGING_PREFIX = ".briefs-tmp-"  # new output being written, beside the output folder
BACKUP_PREFIX = ".briefs-old-"  # old output between the two renames where no exchange exists


def check_output(output: Path, site_dir: Path) -> Path:
    """The output folder (symlinks resolved) if briefs may replace it, else BriefsError.

    Refused: the site folder, content/, /, the home folder, anything containing one of them,
    a folder inside content/, a file, and a non-empty folder without our marker (someone's documents).
    """
    target = output.expanduser().resolve()
    site = site_dir.resolve()
    content = site / "content"
    hint = "choose a folder of its own for the built site, e.g. --output public"
    protected = {
        site: "the site folder",
        content: "the content folder",
        Path(target.anchor): "the root folder",
        Path.home().resolve(): "your home folder",
    }
    if target in protected:
        raise BriefsError(f"refusing to replace {target}: it is {protected[target]}",
                          path=output, hint=hint)
    for path, name in protected.items():
        if path.is_relative_to(target):
            raise BriefsError(f"refusing to replace {target}: it contains {path}, which is {name}",
                              path=output, hint=hint)
    if target.is_relative_to(content):
        raise BriefsError(f"refusing to write the site inside the content folder ({target})",
                          path=output, hint=hint)
    if target.exists() and not target.is_dir():
        raise BriefsError(f"the output {target} is a file, not a folder", path=output, hint=hint)
    if target.is_dir() and not _is_ours(target):
        raise BriefsError(
            f"refusing to replace {target}: it holds files that briefs did not write",
            path=output,
            hint=f"every build replaces the whole output folder; {hint}, or empty this one",
        )
    return target


def write_site(files: dict[str, bytes], output: Path, site_dir: Path) -> None:
    """Replace `output` with exactly `files` ({output-relative POSIX path: bytes}) + the marker."""
    with Staging(output, site_dir) as staging:
        _write_files(staging, files)
        staging.publish()


class Staging:
    """The next output, written beside the current one and swapped in whole by `publish()`.

    A file whose bytes the current output already holds is hard-linked from it, not written: a
    rebuild that changes nothing rewrites nothing (same inode, same mtime), so deploy tools that
    compare files upload only what changed, and a build that changes nothing leaves the folder
    as it is. `previous` is what the last build wrote ({path: (key, inode, size, mtime_ns)}):
    a file still as written there whose key matches is linked without reading it.

    One build at a time per folder of outputs: a second is refused (an advisory lock).
    On any error the current output stays as it was and the staging folder is removed.
    """

    def __init__(self, output: Path, site_dir: Path, previous: dict[str, tuple] | None = None) -> None:
        self.target = check_output(output, site_dir)
        self.previous = previous or {}
        self.manifest: dict[str, tuple] = {}  # what publish() leaves in the output (see `previous`)
        self.written = self.unchanged = 0
        self.changed = False  # whether publish() replaced the output
        self.root: Path | None = None
        self._lock: int | None = None
        self._folders: set[str] = set()
        self.output = output

    def __enter__(self) -> Staging:
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self._lock = _lock(self.target)
            _recover(self.target)
            self.root = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{self.target.name}-",
                                              dir=self.target.parent))
            self.root.chmod(0o755)  # mkdtemp's 0o700 would hide the site from the web server
            self._folders = {str(self.root)}
        except OSError as err:
            self.__exit__(None, None, None)
            raise _write_error(err, self.output) from err
        return self

    def __exit__(self, *exc: object) -> None:
        if self.root is not None:  # holds the new files on failure, else the old site (or nothing)
            shutil.rmtree(self.root, ignore_errors=True)
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def reuse(self, path: str, key: str) -> bool:
        """Link `path` from the current output if it is still the file of that key; else False."""
        old = self.previous.get(path)
        if old is None or old[0] != key:
            return False
        source = self.target / path
        try:
            found = os.lstat(source)
            if (found.st_ino, found.st_size, found.st_mtime_ns) != old[1:]:
                return False
            os.link(source, self._destination(path))
        except OSError:
            return False
        self.manifest[path] = old
        self.unchanged += 1
        return True

    def put(self, path: str, key: str | None, data: bytes) -> None:
        """Add `path` with `data`: linked from the current output when it holds these bytes."""
        self._place(path, Path(self._destination(path)), key, data)

    def _place(self, path: str, destination: Path, key: str | None, data: bytes) -> None:
        source = self.target / path
        try:
            try:
                same = source.stat().st_size == len(data) and source.read_bytes() == data
            except OSError:
                same = False
            if same:
                os.link(source, destination)
                self.unchanged += 1
            else:
                destination.write_bytes(data)
                self.written += 1
            found = os.lstat(destination)
        except OSError as err:
            raise _write_error(err, self.output) from err
        self.manifest[path] = (key, found.st_ino, found.st_size, found.st_mtime_ns)

    def search(self, key: str, pages: list[str]) -> None:
        """The search index of the pages written so far: the current output's if made from pages
        of the same keys (see make_site), else made anew from the pages' files."""
        from briefs.render.search import search_index

        old = [path for path, entry in self.previous.items() if entry[0] == key]
        if old and all(self.reuse(path, key) for path in old):
            return
        for path in old:  # some were linked: they are made again, never written through a link
            if path in self.manifest:
                del self.manifest[path]
                (self.root / path).unlink()
                self.unchanged -= 1
        for path, data in search_index({path: self.root / path for path in pages}).items():
            if path in self.manifest:
                raise BriefsError(f"static file {path} would overwrite the search index",
                                  path=f"static/{path}", hint="rename it or remove it from static/")
            self.put(path, key, data)

    def publish(self) -> bool:
        """Swap the new output in, unless it is exactly the current one; True if it was swapped."""
        assert self.root is not None
        try:
            self._place(MARKER, self.root / MARKER, None, MARKER_TEXT)
            self.manifest.pop(MARKER)
            current = set(self.previous) if self.previous else None
            if self.written == 0 and current == set(self.manifest) and self.target.is_dir():
                return False  # every file linked, none removed: the output is already this
            _swap_in(self.root, self.target)
        except OSError as err:
            raise _write_error(err, self.output) from err
        self.changed = True
        return True

    def _destination(self, name: str) -> str:
        path = os.path.join(self.root, _safe_relative(name))  # strings: called once per file
        parent = os.path.dirname(path)
        if parent not in self._folders:
            os.makedirs(parent, exist_ok=True)
            self._folders.add(parent)
        return path


def still_written(target: Path, manifest: dict[str, tuple]) -> bool:
    """Whether `target` holds exactly the files of `manifest` (see Staging), each as written."""
    if not manifest:
        return False
    found = 0
    folders = [(str(target), "")]
    try:
        while folders:
            folder, prefix = folders.pop()
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append((entry.path, f"{prefix}{entry.name}/"))
                        continue
                    path = prefix + entry.name
                    if path == MARKER:
                        continue
                    stat = entry.stat(follow_symlinks=False)
                    if manifest.get(path, (None,))[1:] != (stat.st_ino, stat.st_size, stat.st_mtime_ns):
                        return False
                    found += 1
    except OSError:
        return False
    return found == len(manifest)


def tidy(target: Path) -> None:
    """Remove what builds killed midway left beside `target`, unless a build is running there."""
    try:
        fd = _lock(target)
    except (BriefsError, OSError):
        return
    try:
        _recover(target)
    finally:
        os.close(fd)


def _recover(target: Path) -> None:
    """Undo what a build killed midway left beside `target` (we hold the lock: none is running).

    Its staging folder goes; an old output set aside between the two renames of a swap (where the
    one-step exchange is missing) is put back if the new one never arrived, and goes otherwise.
    """
    for stale in target.parent.glob(f"{STAGING_PREFIX}{target.name}-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for backup in sorted(target.parent.glob(f"{BACKUP_PREFIX}{target.name}-*")):
        if not target.exists():
            os.rename(backup, target)
        else:
            shutil.rmtree(backup, ignore_errors=True)


def _lock(target: Path) -> int:
    """An exclusive lock on the folder that holds `target` (where its staging folder goes), or
    BriefsError when another build holds it. Released when the build's process ends, however."""
    fd = os.open(target.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise BriefsError(f"another briefs build is writing into {target.parent} right now",
                          path=target, hint="wait for it to finish, then build again") from None
    return fd


def _write_error(err: OSError, output: Path) -> BriefsError:
    return BriefsError(
        f"could not write the site: {err.strerror or err}",
        path=err.filename or output,
        hint="check the free space and permissions where the output folder is; "
             "the previous output was left as it was",
    )


def _is_ours(folder: Path) -> bool:
    """Empty, marked by an earlier build, or a built site (home page + sitemap) of another tool."""
    return (
        (folder / MARKER).is_file()
        or ((folder / "index.html").is_file() and (folder / "sitemap.xml").is_file())
        or not any(folder.iterdir())
    )


def _write_files(staging: Staging, files: dict[str, bytes]) -> None:
    for name, data in sorted(files.items()):
        staging.put(name, None, data)


def _safe_relative(name: str) -> str:
    """An output-relative path that stays inside the output folder (a bug upstream otherwise)."""
    parts = name.split("/")
    if not name or "\\" in name or name.startswith("/") or ".." in parts or parts[0] == MARKER:
        raise BriefsError(f"refusing to write {name!r}: it is not a path inside the output folder",
                          hint="a slug, tag or template produced this path; please report it")
    return name


def _swap_in(staging: Path, target: Path) -> None:
    """Put `staging` where `target` is; `staging` is then gone or holds the old output."""
    if not target.exists():
        os.rename(staging, target)
    elif not _exchange(staging, target):
        backup = staging.with_name(BACKUP_PREFIX + staging.name[len(STAGING_PREFIX):])
        os.rename(target, backup)
        try:
            os.rename(staging, target)
        except OSError:
            os.rename(backup, target)
            raise
        shutil.rmtree(backup, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False  # old kernel or a file system without it: fall back to two renames
    raise OSError(code, os.strerror(code), str(b))


@functools.cache
def _renameat2():
    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None

"""Write the built site: into a new folder beside the output, then swapped in whole.

Readers and deploy tools never see a half-written site, files of deleted articles never linger,
and a build that fails (or is interrupted) leaves the old output exactly as it was. Files whose
bytes did not change are hard-linked from the old output, so they keep their inode and mtime.
Because the whole folder is replaced, `check_output` first makes sure it can only ever be a folder
briefs wrote.
"""

from __future__ import annotations

import contextlib
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


def write_site(files: dict[str, bytes], output: Path, site_dir: Path, spare: Path | None = None) -> None:
    """Replace `output` with exactly `files` ({output-relative POSIX path: bytes}) + the marker
    (starting from the `spare` folder, and keeping the old output there: see Staging)."""
    with Staging(output, site_dir, spare=spare) as staging:
        _write_files(staging, files)
        staging.publish()


class Staging:
    """The next output, written beside the current one and swapped in whole by `publish()`.

    A file whose bytes the current output already holds is hard-linked from it, not written: a
    rebuild that changes nothing rewrites nothing (same inode, same mtime), so deploy tools that
    compare files upload only what changed, and a build that changes nothing leaves the folder
    as it is. `previous` is what the last build wrote ({path: (key, inode, size, mtime_ns)}):
    a file still as written there whose key matches is linked without reading it.

    With a `spare` folder (in the cache), the output a build replaces is kept there, and the next
    build starts its staging folder from it: most of its files are already links to the current
    output's, so only what changed since is linked, written or removed (at 10,000 articles, some
    11,000 links and folders made, and as many removed after the swap, become none).

    One build at a time per folder of outputs: a second is refused (an advisory lock).
    On any error the current output stays as it was and the staging folder is removed.
    """

    def __init__(self, output: Path, site_dir: Path, previous: dict[str, tuple] | None = None,
                 spare: Path | None = None) -> None:
        self.target = check_output(output, site_dir)
        self.previous = previous or {}
        self.spare = spare
        self.manifest: dict[str, tuple] = {}  # what publish() leaves in the output (see `previous`)
        self.written = self.unchanged = 0
        self.changed = False  # whether publish() replaced the output
        self.root: Path | None = None
        self._lock: int | None = None
        self._folders: set[str] = set()
        self._there: dict[str, int] = {}  # files the staging folder started with (the spare's): inode
        self._spare_folders: set[str] = set()  # and its folders (relative paths)
        self._by_key: dict[str | None, list[str]] | None = None  # `previous`'s paths by key (index())
        self.output = output

    def __enter__(self) -> Staging:
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self._lock = _lock(self.target)
            _recover(self.target)
            self.root = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{self.target.name}-",
                                              dir=self.target.parent))
            self._take_spare()
            self.root.chmod(0o755)  # mkdtemp's 0o700 would hide the site from the web server
            self._folders = {str(self.root)} | {os.path.join(self.root, f) for f in self._spare_folders}
        except OSError as err:
            self.__exit__(OSError, err, None)
            raise _write_error(err, self.output) from err
        return self

    def __exit__(self, kind: type | None, *exc: object) -> None:
        if self.root is not None and self.root.is_dir():  # the old site (or, on failure, new files)
            if kind is not None or not self._keep_spare():
                shutil.rmtree(self.root, ignore_errors=True)
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def _take_spare(self) -> None:
        """Start from the spare folder, if there is one: learn what it holds (it may be anything a
        build killed midway left; nothing in it is trusted but its files' inodes)."""
        if self.spare is None or not self.spare.is_dir():
            return
        try:
            os.rename(self.spare, self.root)  # onto mkdtemp's empty folder
            self._there, self._spare_folders = _files_and_folders(self.root)
        except OSError:
            self._there, self._spare_folders = {}, set()
            shutil.rmtree(self.root, ignore_errors=True)
            self.root.mkdir()

    def _keep_spare(self) -> bool:
        """Keep what the staging folder holds now (the replaced output, or the current one when
        nothing changed) as the next build's spare; False where it cannot be (another disk)."""
        if self.spare is None:
            return False
        try:
            self.spare.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(self.spare, ignore_errors=True)
            os.rename(self.root, self.spare)
        except OSError:
            return False
        return True

    def reuse(self, path: str, key: str) -> bool:
        """Link `path` from the current output if it is still the file of that key; else False."""
        old = self.previous.get(path)
        if old is None or old[0] != key:
            return False
        source = os.path.join(self.target, path)
        try:
            found = os.lstat(source)
            if (found.st_ino, found.st_size, found.st_mtime_ns) != old[1:]:
                return False
            self._link(source, path, self._destination(path), found.st_ino)
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
                found = source.stat()
                same = found.st_size == len(data) and source.read_bytes() == data
            except OSError:
                same = False
            if same:
                self._link(str(source), path, str(destination), found.st_ino)
                self.unchanged += 1
            else:
                self._clear(path, str(destination))
                destination.write_bytes(data)
                self.written += 1
            found = os.lstat(destination)
        except OSError as err:
            raise _write_error(err, self.output) from err
        self.manifest[path] = (key, found.st_ino, found.st_size, found.st_mtime_ns)

    def _link(self, source: str, path: str, destination: str, inode: int) -> None:
        """Make `destination` the file `source` (of that inode), unless it already is."""
        if self._there.get(path) == inode:
            del self._there[path]
            return
        self._clear(path, destination)
        os.link(source, destination)

    def _clear(self, path: str, destination: str) -> None:
        """Remove the spare's file at `path` before anything goes there: a file is never written
        through, since the spare's are links to the current output's."""
        if self._there.pop(path, None) is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(destination)

    def reuse_index(self, key: str) -> bool:
        """Link the current output's files of the search index of `key` (see make_site), if every
        one of them is still as written; else link none."""
        if self._by_key is None:
            self._by_key = {}
            for path, entry in self.previous.items():
                self._by_key.setdefault(entry[0], []).append(path)
        old = self._by_key.get(key, [])
        if old and all(self.reuse(path, key) for path in old):
            return True
        for path in old:  # some were linked: they are made again, never written through a link
            if path in self.manifest:
                del self.manifest[path]
                os.unlink(os.path.join(self.root, path))
                self.unchanged -= 1
        return False

    def put_index(self, key: str, files: dict[str, bytes]) -> None:
        for path, data in files.items():
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
            self._remove_stale()
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
            self._clear_way(name)
            os.makedirs(parent, exist_ok=True)
            self._folders.add(parent)
        if name in self._spare_folders:  # a folder of the spare's where this file goes now
            shutil.rmtree(path)
            self._spare_folders = {f for f in self._spare_folders if f != name and not f.startswith(f"{name}/")}
            self._folders = {f for f in self._folders if f != path and not f.startswith(f"{path}/")}
            self._there = {p: i for p, i in self._there.items() if not p.startswith(f"{name}/")}
        return path

    def _clear_way(self, name: str) -> None:
        """Remove the spare's files that stand where `name` needs folders."""
        parts = name.split("/")
        for end in range(1, len(parts)):
            prefix = "/".join(parts[:end])
            if self._there.pop(prefix, None) is not None:
                os.unlink(os.path.join(self.root, prefix))

    def _remove_stale(self) -> None:
        """Remove the spare's files this build did not put, and the folders they leave empty."""
        for path in self._there:
            os.unlink(os.path.join(self.root, path))
            folder = os.path.dirname(path)
            while folder:
                try:
                    os.rmdir(os.path.join(self.root, folder))
                except OSError:  # not empty
                    break
                folder = os.path.dirname(folder)
        self._there = {}


def _files_and_folders(root: Path) -> tuple[dict[str, int], set[str]]:
    """Every file under `root` with its inode, and every folder (relative POSIX paths)."""
    files: dict[str, int] = {}
    folders: set[str] = set()
    pending = [(str(root), "")]
    while pending:
        folder, prefix = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.add(prefix + entry.name)
                    pending.append((entry.path, f"{prefix}{entry.name}/"))
                else:
                    files[prefix + entry.name] = entry.inode()
    return files, folders


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

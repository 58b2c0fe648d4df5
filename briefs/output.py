"""Write the built site: into a new folder beside the output, then swapped in whole.

Readers and deploy tools never see a half-written site, files of deleted articles never linger,
and a build that fails (or is interrupted) leaves the old output exactly as it was. Because the whole
folder is replaced, `check_output` first makes sure it can only ever be a folder briefs wrote.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

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
    target = check_output(output, site_dir)
    staging = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{target.name}-", dir=target.parent))
        staging.chmod(0o755)  # mkdtemp's 0o700 would hide the site from the web server
        _write_files(staging, files)
        _swap_in(staging, target)
    except OSError as err:
        raise BriefsError(
            f"could not write the site: {err.strerror or err}",
            path=err.filename or output,
            hint="check the free space and permissions where the output folder is; "
                 "the previous output was left as it was",
        ) from err
    finally:
        if staging is not None:  # holds the new files on failure, else the old site
            shutil.rmtree(staging, ignore_errors=True)


def _is_ours(folder: Path) -> bool:
    """Empty, marked by an earlier build, or a built site (home page + sitemap) of another tool."""
    return (
        (folder / MARKER).is_file()
        or ((folder / "index.html").is_file() and (folder / "sitemap.xml").is_file())
        or not any(folder.iterdir())
    )


def _write_files(root: Path, files: dict[str, bytes]) -> None:
    made: set[Path] = {root}
    for name, data in sorted(files.items()):
        path = root / _safe_relative(name)
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_bytes(data)
    (root / MARKER).write_bytes(MARKER_TEXT)


def _safe_relative(name: str) -> PurePosixPath:
    """An output-relative path that stays inside the output folder (a bug upstream otherwise)."""
    path = PurePosixPath(name)
    if (not name or "\\" in name or path.is_absolute() or ".." in path.parts
            or path.parts[0] == MARKER):
        raise BriefsError(f"refusing to write {name!r}: it is not a path inside the output folder",
                          hint="a slug, tag or template produced this path; please report it")
    return path


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

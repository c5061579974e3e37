"""The `briefing` command."""

from __future__ import annotations

import argparse
import ipaddress
import math
import os
import shutil
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from briefing import __version__
from briefing.batch import DEFAULT_TIMEOUT, Batch, error_lines
from briefing.copies.recipients import Recipient, load_recipients
from briefing.errors import BriefingError, Problem, show_warning
from briefing.layouts import DEFAULT_LAYOUT, PAPER_SIZES
from briefing.options import BuildOptions
from briefing.project import load_project
from briefing.readers import DEFAULT_MAX_MB, SYNTAXES
from briefing.reading import follow_symlinks
from briefing.sending.settings import ATTACHABLE, PASSWORD_VARIABLE, SECURITIES, MailSettings
from briefing.sending.settings import server as mail_server


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    warnings.showwarning = show_warning
    follow_symlinks(args.follow_symlinks)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except BriefingError as error:
        if args.debug:
            raise
        _print_error(error)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn reports into briefings: a paginated PDF, an EPUB 3 and JSON.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.set_defaults(run=lambda _: _no_command(parser), debug=False, follow_symlinks=False)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    build = commands.add_parser(
        "build",
        help="build briefings (PDF, EPUB, JSON) from reports",
        description="Build OUT/NAME.pdf, OUT/NAME.epub and OUT/NAME.json from each report. "
        "With no SOURCE, build every report (.txt, .wiki, .md) in ./sources.",
    )
    _add_build_options(build)
    build.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        metavar="N",
        help="build this many reports at once (default: the number of cores)",
    )
    build.add_argument(
        "--force",
        action="store_true",
        help="rebuild even when the sources, sidecars, layout and options are unchanged",
    )
    build.add_argument(
        "--recipients",
        type=Path,
        metavar="FILE.csv",
        help="also make a personal copy (PDF and EPUB) for each person in this CSV file "
        "(columns: name, and optionally organisation and email) in OUT/NAME/copies/",
    )
    build.set_defaults(run=_build)

    watch = commands.add_parser(
        "watch",
        help="build, then rebuild whenever a report, sidecar, layout or setting changes",
        description="Build like `briefing build`, then watch the sources, their sidecars, the "
        "layout and the project settings, and rebuild what a change touches. Ctrl-C stops.",
    )
    _add_build_options(watch)
    watch.set_defaults(run=_watch)

    verify = commands.add_parser(
        "verify",
        help="check a PDF, EPUB or JSON against the manifest of its build",
        description="Say whether FILE is byte for byte a file the build listed in its "
        "manifest (OUT/NAME/manifest.json) and, for a personal copy, whose copy it is. "
        "With --key, first check that the manifest is signed by that key's private key. "
        "Exit status 0 when it matches, 1 when it does not.",
    )
    verify.add_argument(
        "--key",
        type=Path,
        metavar="PUBLIC.pub",
        help="refuse a manifest that this public key's private key did not sign "
        "(made by `briefing keys new`; the project's signing_key signs)",
    )
    verify.add_argument("file", type=Path, metavar="FILE", help="the file to check")
    verify.add_argument(
        "--manifest",
        type=Path,
        metavar="PATH",
        help="the manifest to check against (default: the one beside FILE, above its "
        "copies folder, or in OUT/NAME/ for OUT/NAME.pdf)",
    )
    _add_debug_option(verify)
    verify.set_defaults(run=_verify)

    _add_send_command(commands)

    keys = commands.add_parser(
        "keys",
        help="make a key pair that signs manifests",
        description="`briefing keys new NAME` writes NAME.key (the private key, readable by "
        "you alone: name it as signing_key in briefing.toml) and NAME.pub (the public key: "
        "give it to whoever runs `briefing verify --key NAME.pub`).",
    )
    keys.add_argument("action", choices=["new"], help="new: make a new Ed25519 key pair")
    keys.add_argument(
        "name", type=Path, metavar="NAME", help="where to write NAME.key and NAME.pub"
    )
    _add_debug_option(keys)
    keys.set_defaults(run=_keys)

    figures = commands.add_parser(
        "figures",
        help="show the key figures and timeline events found in a report",
        description="Show what extraction finds in SOURCE, after the sidecar SOURCE.yaml "
        "(pinned, relabelled, dropped and added figures and events) is applied.",
    )
    figures.add_argument("source", type=Path, metavar="SOURCE", help="the report to read")
    _add_syntax_option(figures)
    figures.add_argument(
        "--json", action="store_true", help="print the JSON that the build writes to OUT/NAME.json"
    )
    _add_symlinks_option(figures)
    _add_debug_option(figures)
    figures.set_defaults(run=_figures)
    return parser


def _no_command(parser: argparse.ArgumentParser) -> int:
    """`briefing` alone: its usage, and the exit status of a usage error."""
    parser.print_usage(sys.stderr)
    print("error: name a command (briefing --help lists them)", file=sys.stderr)
    return 2


def _build(args: argparse.Namespace) -> int:
    from briefing.batch import Progress, build_all

    sources, options = _build_options(args)
    recipients: tuple[Recipient, ...] = ()
    if args.recipients:
        recipients = tuple(load_recipients(args.recipients))
    batch = Batch(args.out, options, args.force, recipients, args.debug, args.timeout or None)
    progress = Progress(len(sources), args.jobs)
    outcomes = build_all(batch, sources, args.jobs, progress)
    progress.done()
    return 0 if all(o.result for o in outcomes) else 1


def _watch(args: argparse.Namespace) -> int:
    """Build, then rebuild on change in this warm process until Ctrl-C."""
    from briefing.batch import print_outcome, watch

    def load() -> tuple[list[Path], BuildOptions]:
        return _build_options(args)

    try:
        _, options = load()
        batch = Batch(args.out, options, debug=args.debug, timeout=args.timeout or None)
        watch(batch, load, print_outcome, _print_error)
    except KeyboardInterrupt:
        print("stopped watching", file=sys.stderr)
    return 0


def _build_options(args: argparse.Namespace) -> tuple[list[Path], BuildOptions]:
    """The sources to build and the options of `build` for them, after the project's defaults."""
    from briefing.build import find_sources
    from briefing.layouts import find_layout

    project = load_project(Path.cwd())
    layout = find_layout(args.layout or project.layout or DEFAULT_LAYOUT)
    sources = args.sources or find_sources(Path("sources"))
    _check_distinct_names(sources)
    return sources, BuildOptions(
        layout=layout,
        paper=args.paper or project.paper or layout.paper,
        max_mb=args.max_size,
        syntax=args.syntax,
        project=project,
        pdf_variant=args.pdf_variant,
    )


def _check_distinct_names(sources: Sequence[Path]) -> None:
    """Outputs are named after the source: two sources of one name would overwrite each other."""
    seen: dict[str, Path] = {}
    for source in sources:
        other = seen.setdefault(source.stem, source)
        if other != source:
            raise BriefingError(
                f"would write {source.stem}.pdf, .epub and .json, as {other} does",
                hint="rename one of them, or build them into different --out folders",
                path=source,
            )


def _verify(args: argparse.Namespace) -> int:
    from briefing.copies.verify import find_manifest, verify

    manifest = args.manifest or find_manifest(args.file)
    if args.key is not None:
        from briefing.copies.signing import check_signature

        if (problem := check_signature(manifest, args.key)) is not None:
            print(f"{args.file} cannot be vouched for: {problem}", file=sys.stderr)
            return 1
    verdict = verify(args.file, manifest)
    signed = f" (manifest signed by {args.key.name})" if args.key and verdict.matches else ""
    print(verdict.message + signed, file=sys.stdout if verdict.matches else sys.stderr)
    return 0 if verdict.matches else 1


def _add_send_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    send = commands.add_parser(
        "send",
        help="email each recipient their personal copy",
        description="Email each recipient that OUT/NAME/manifest.json lists their own copy, "
        "through the SMTP server of the [mail] settings, and record each message in the "
        "manifest: run again, it sends only what is left. The password is read from "
        "BRIEFING_SMTP_PASSWORD only. Exit status 1 when anyone was not reached.",
    )
    send.add_argument(
        "folder", type=Path, metavar="OUT/NAME", help="the report's folder, with manifest.json"
    )
    send.add_argument(
        "--attach",
        type=_kinds,
        default=("pdf",),
        metavar="pdf,epub",
        help="the copies to attach (default: pdf)",
    )
    send.add_argument(
        "--smtp", type=_host_port, metavar="HOST[:PORT]", help="the SMTP server ([mail] host, port)"
    )
    send.add_argument(
        "--security",
        choices=SECURITIES,
        help="starttls, tls (TLS from the start) or none ([mail] security; default: starttls)",
    )
    send.add_argument("--from", dest="sender", metavar="ADDRESS", help="the sender ([mail] from)")
    send.add_argument("--username", metavar="NAME", help="log in as NAME ([mail] username)")
    send.add_argument(
        "--insecure",
        action="store_true",
        help="allow security none with a server other than this machine (sends in the clear)",
    )
    send.add_argument(
        "--resend",
        action="append",
        default=[],
        metavar="NAME",
        help="send this recipient's copy again, though it was sent (by name, or the copy's "
        "file name); may be repeated",
    )
    send.add_argument(
        "--dry-run",
        action="store_true",
        help="write each message to OUT/NAME/outbox/NAME.eml and send nothing",
    )
    send.add_argument("--yes", "-y", action="store_true", help="send without asking first")
    send.add_argument(
        "--layout",
        metavar="NAME|PATH",
        help="the layout whose email.txt and email.html write the messages (default: the "
        f"project's, else {DEFAULT_LAYOUT})",
    )
    _add_debug_option(send)
    send.set_defaults(run=_send)


def _send(args: argparse.Namespace) -> int:
    from briefing.copies.manifest import MANIFEST
    from briefing.copies.signing import signer_for
    from briefing.layouts import find_layout, mail_layout
    from briefing.sending.send import locked, prepare, send, summary, write_outbox
    from briefing.sending.transport import Retry

    project = load_project(Path.cwd())
    mail = _mail_settings(project.mail, args)
    layout = mail_layout(find_layout(args.layout or project.layout or DEFAULT_LAYOUT))
    folder: Path = args.folder
    with locked(folder):
        sending = prepare(folder, mail, layout, args.attach, args.resend)
        if args.dry_run:
            print(summary(sending, None), flush=True)
            return _problems(write_outbox(sending, _show))
        server = mail_server(mail, os.environ.get(PASSWORD_VARIABLE), insecure=args.insecure)
        key = Path(project.signing_key) if project.signing_key else None
        signer = signer_for(folder / MANIFEST, key)
        print(summary(sending, server), flush=True)
        if sending.plan.parcels and not args.yes and (answer := _confirm()) != 0:
            return answer
        problems = send(sending, server, Retry(mail.tries, mail.wait), signer, _show)
    return _problems(problems)


def _mail_settings(mail: MailSettings, args: argparse.Namespace) -> MailSettings:
    """The [mail] settings with the command line's options over them."""
    given = {"security": args.security, "sender": args.sender, "username": args.username}
    mail = replace(mail, **{key: value for key, value in given.items() if value is not None})
    if args.smtp:  # the port given, or the default of the security
        mail = replace(mail, host=args.smtp[0], port=args.smtp[1])
    return mail


def _confirm() -> int:
    """0 when the user says yes; the exit status to end with when not, or when there is
    no terminal to ask on."""
    if not sys.stdin.isatty():
        print("error: not sending without a yes, and no terminal to ask on", file=sys.stderr)
        print("hint: add --yes to send, or --dry-run to see the messages", file=sys.stderr)
        return 2
    if input("Send them? [y/N] ").strip().lower() in ("y", "yes"):
        return 0
    print("nothing sent", file=sys.stderr)
    return 1


def _show(line: str) -> None:
    print(line, flush=True)


def _problems(problems: Sequence[Problem]) -> int:
    """Print each problem as an `error:` line (and its hint once): 1 when there were any."""
    if problems:
        _print_error(BriefingError.of(problems))
    return 1 if problems else 0


def _kinds(text: str) -> tuple[str, ...]:
    kinds = tuple(dict.fromkeys(k.strip().lower() for k in text.split(",")))
    if not kinds or any(k not in ATTACHABLE for k in kinds):
        raise argparse.ArgumentTypeError(f"expected pdf, epub or pdf,epub, found {text!r}")
    return kinds


def _host_port(text: str) -> tuple[str, int | None]:
    """ "smtp.example.org:587", "[::1]:2525", or a host alone."""
    if text.startswith("["):
        host, _, port = text[1:].partition("]")
        port = port.removeprefix(":")
    elif text.count(":") == 1:
        host, port = text.split(":")
    else:
        host, port = text, ""  # a name, or an IPv6 address alone
        if ":" in host and not _is_address(host):
            raise argparse.ArgumentTypeError(f"not HOST:PORT, nor [IPv6]:PORT: {text!r}")
    if port and not (port.isdigit() and 0 < int(port) < 65536):
        raise argparse.ArgumentTypeError(f"not a port from 1 to 65535: {port!r}")
    if not host:
        raise argparse.ArgumentTypeError(f"no host in {text!r}")
    return host, int(port) if port else None


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _keys(args: argparse.Namespace) -> int:
    from briefing.copies.signing import new_keys

    private, public = new_keys(args.name)
    print(f'wrote {private} (keep it private; set signing_key = "{private}" in briefing.toml)')
    print(f"wrote {public} (give it to those who verify: briefing verify --key {public} FILE)")
    return 0


def _figures(args: argparse.Namespace) -> int:
    from briefing.build import brief
    from briefing.render.data import render_json
    from briefing.render.table import findings_table

    briefing = brief(args.source, syntax=args.syntax, project=load_project(Path.cwd()))
    if args.json:
        sys.stdout.write(render_json(briefing).decode("utf-8"))
    else:
        sys.stdout.write(findings_table(briefing, width=shutil.get_terminal_size().columns))
    return 0


def _add_build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sources",
        nargs="*",
        type=Path,
        metavar="SOURCE",
        help="report files to build (default: every report in ./sources)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("out"),
        metavar="DIR",
        help="folder for the outputs, created if missing (default: ./out)",
    )
    parser.add_argument(
        "--layout",
        metavar="NAME|PATH",
        help="layout by name, looked up in ./layouts then in the installed "
        f"layouts, or a path to a layout folder (default: the project's, else {DEFAULT_LAYOUT})",
    )
    parser.add_argument(
        "--paper",
        choices=sorted(PAPER_SIZES),
        type=str.lower,
        help="paper size of the PDF (default: the project's, else the layout's, which is a4 "
        "for the shipped layout)",
    )
    _add_syntax_option(parser)
    parser.add_argument(
        "--pdf-variant",
        choices=("ua-1", "a-3b", "a-3u"),
        default="ua-1",
        help="the PDF standard: tagged PDF/UA-1 for assistive technology, or the archival "
        "PDF/A-3b or PDF/A-3u, tagged too (default: %(default)s)",
    )
    parser.add_argument(
        "--max-size",
        type=_megabytes,
        default=DEFAULT_MAX_MB,
        metavar="MB",
        help="refuse sources larger than this many megabytes (default: %(default)g)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="stop a report's build after this many seconds, keeping its previous outputs "
        "(default: %(default)g; 0: no limit)",
    )
    _add_symlinks_option(parser)
    _add_debug_option(parser)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError("the time limit must be 0 (none) or more")
    return value


def _add_symlinks_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="read and write through symbolic links that lead out of the project folder "
        "(refused by default: building someone else's project must not publish your files)",
    )


def _add_debug_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback when something fails"
    )


def _add_syntax_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="syntax",
        choices=sorted(SYNTAXES),
        help="read sources as this syntax (default: by suffix: .txt text, .wiki wikitext, "
        ".md markdown; a .txt file holding wikitext or Markdown is read as such)",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _megabytes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError("the size limit must be a number more than 0")
    return value


def _print_error(error: BriefingError) -> None:
    print(error_lines(error), file=sys.stderr)

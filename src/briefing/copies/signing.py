"""Signed manifests: an Ed25519 key pair made by `briefing keys new`, the manifest signed by
a build when the project names its private key (`signing_key`), and the signature checked by
`briefing verify --key PUBLIC`, so that an edited manifest cannot vouch for a tampered copy.

The signature is detached, beside the manifest: OUT/NAME/manifest.json.sig holds the
base64 Ed25519 signature of the manifest's bytes.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.reading import SETTINGS_LIMIT, read_bytes

SIGNATURE_SUFFIX = ".sig"
KEY_SUFFIX, PUBLIC_SUFFIX = ".key", ".pub"

if TYPE_CHECKING:  # imported where used: a build that signs nothing does not load them
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

Signer = Callable[[bytes], bytes]  # the manifest's bytes to the signature file's


def new_keys(stem: Path) -> tuple[Path, Path]:
    """A new key pair, STEM.key (private, readable by its owner only) and STEM.pub."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private_path, public_path = stem.with_suffix(KEY_SUFFIX), stem.with_suffix(PUBLIC_SUFFIX)
    for path in (private_path, public_path):
        if path.exists() or path.is_symlink():
            raise BriefingError(
                "a key file is already there", hint="choose another name", path=path
            )
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    try:
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(private)
        public_path.write_bytes(public)
    except OSError as exc:
        raise BriefingError(f"cannot write the key: {exc.strerror}", path=stem) from None
    return private_path, public_path


def load_signer(path: Path) -> Signer:
    """What signs with the private key at `path`."""
    return _signing(_private_key(path))


def _signing(key: Ed25519PrivateKey) -> Signer:
    return lambda manifest: base64.b64encode(key.sign(manifest)) + b"\n"


def signer_for(manifest: Path, private_key: Path | None) -> Signer | None:
    """What signs `manifest` again once it changes (`briefing send` records deliveries in
    it): None when it is not signed; the key at `private_key` when the signature is that
    key's. An error when it is signed and no key is given, or another key signed it, or it
    was changed after signing: a change is never signed over."""
    if not signature_path(manifest).exists():
        return None
    if private_key is None:
        raise BriefingError(
            "the manifest is signed, and recording what is sent changes it",
            hint="set signing_key in briefing.toml to the key that signed it, to sign it again",
            path=manifest,
        )
    key = _private_key(private_key)
    if (problem := _check(manifest, key.public_key(), private_key.name)) is not None:
        raise BriefingError(problem, path=manifest)
    return _signing(key)


def _private_key(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        key = load_pem_private_key(read_bytes(path, SETTINGS_LIMIT, "signing key"), None)
    except (ValueError, TypeError):
        raise BriefingError(
            "not an unencrypted Ed25519 private key in PEM",
            hint="make one with `briefing keys new NAME`",
            path=path,
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BriefingError("not an Ed25519 private key", path=path)
    return key


def signature_path(manifest: Path) -> Path:
    return manifest.with_name(manifest.name + SIGNATURE_SUFFIX)


def check_signature(manifest: Path, public_key: Path) -> str | None:
    """None when the manifest's signature is the key's; else what is wrong."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        key = load_pem_public_key(read_bytes(public_key, SETTINGS_LIMIT, "public key"))
    except (ValueError, TypeError):
        raise BriefingError("not a public key in PEM", path=public_key) from None
    if not isinstance(key, Ed25519PublicKey):
        raise BriefingError("not an Ed25519 public key", path=public_key)
    return _check(manifest, key, public_key.name)


def _check(manifest: Path, key: Ed25519PublicKey, name: str) -> str | None:
    """None when the manifest's signature is `key`'s (the key file `name`); else what is
    wrong."""
    from cryptography.exceptions import InvalidSignature

    signed = signature_path(manifest)
    if not signed.exists():
        return f"the manifest is not signed (no {signed.name} beside it)"
    try:
        signature = base64.b64decode(read_bytes(signed, 1000, "signature"), validate=False)
        key.verify(signature, read_bytes(manifest, SETTINGS_LIMIT * 10, "manifest"))
    except (InvalidSignature, binascii.Error):
        return f"the manifest's signature does not match {name}: it has been changed"
    return None

"""The organisation's certificate for signing PDFs: made by Netra, or loaded from PKCS#12.

Netra's own certificate is self-signed, ECDSA P-256 with SHA-256: PDF readers (Acrobat,
Foxit, Okular, pdf.js) verify it, where Ed25519 signatures in PDF are not yet read by
most of them. Its key usage names non-repudiation, which pyHanko's validation asks of a
document signer. A certificate loaded from a PKCS#12 file (such as one issued by BSrE)
is kept with the chain that came with it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.core.key_file import grouped

VALIDITY = timedelta(days=20 * 365)
NETRA_SOURCE = "netra"
PKCS12_SOURCE = "pkcs12"


@dataclass(frozen=True)
class CertificatePair:
    """A certificate (DER), its private key (DER, PKCS#8) and the issuers' chain (DER)."""

    certificate: bytes
    private_key: bytes
    chain: tuple[bytes, ...] = ()
    source: str = NETRA_SOURCE

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate)

    @property
    def subject(self) -> str:
        return certificate_subject(self.certificate)


def certificate_fingerprint(certificate: bytes) -> str:
    """SHA-256 of the certificate, the figure PDF readers show, in groups of four."""
    return grouped(hashlib.sha256(certificate).hexdigest())


def certificate_subject(certificate: bytes) -> str:
    names = x509.load_der_x509_certificate(certificate).subject
    common = names.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(common[0].value) if common else names.rfc4514_string()


def new_self_signed(organisation: str, now: datetime) -> CertificatePair:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, organisation[:64] or "Netra"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64] or "Netra"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        ]
    )
    usage = x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    return CertificatePair(certificate.public_bytes(serialization.Encoding.DER), _der(key))


def read_pkcs12(data: bytes, password: str) -> CertificatePair | str:
    """The certificate in a .p12/.pfx file, or an Indonesian message saying why not."""
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, password.encode() or None)
    except ValueError:
        return "berkas bukan PKCS#12 yang dapat dibuka (kata sandi salah atau berkas rusak)"
    if key is None or certificate is None:
        return "berkas PKCS#12 tidak berisi sertifikat beserta kunci privatnya"
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        return "jenis kunci pada sertifikat tidak didukung (hanya RSA atau ECDSA)"
    return CertificatePair(
        certificate.public_bytes(serialization.Encoding.DER),
        _der(key),
        tuple(c.public_bytes(serialization.Encoding.DER) for c in chain),
        PKCS12_SOURCE,
    )


def _der(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )

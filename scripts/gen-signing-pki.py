"""Writes a small test PKI for the signature tests (run with the model_signing venv's Python, which has
`cryptography`): a root CA, an intermediate CA and a code-signing leaf, each an EC key, into OUT_DIR.

  python gen-signing-pki.py OUT_DIR [--curve P-256|P-384|P-521] [--expired-intermediate]

--expired-intermediate: the intermediate's validity ends before the leaf's starts (the leaf is then
"signed by an expired certificate at signing time").
Files: root.pem, intermediate.pem, leaf.pem, leaf-key.pem, leaf-pub.pem.
"""
import datetime
import pathlib
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CURVES = {'P-256': ec.SECP256R1(), 'P-384': ec.SECP384R1(), 'P-521': ec.SECP521R1()}


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def cert(subject, key, issuer, issuer_key, start, end, ca, leaf=False):
    b = (x509.CertificateBuilder().subject_name(name(subject)).issuer_name(name(issuer)).public_key(key.public_key())
         .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if leaf:
        b = b.add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
                                          key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        b = b.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
    else:
        b = b.add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
                                          key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
    return b.sign(issuer_key, hashes.SHA256())


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    curve = CURVES[sys.argv[sys.argv.index('--curve') + 1]] if '--curve' in sys.argv else ec.SECP256R1()
    expired = '--expired-intermediate' in sys.argv
    now = datetime.datetime.now(datetime.timezone.utc)
    day = datetime.timedelta(days=1)
    root_key, int_key, leaf_key = ec.generate_private_key(ec.SECP384R1()), ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(curve)
    root = cert('test-root', root_key, 'test-root', root_key, now - 30 * day, now + 3650 * day, True)
    inter = cert('test-intermediate', int_key, 'test-root', root_key, now - 20 * day, (now - 10 * day) if expired else (now + 365 * day), True)
    leaf = cert('model-signer', leaf_key, 'test-intermediate', int_key, now - 5 * day, now + 30 * day, False, leaf=True)
    pem = serialization.Encoding.PEM
    (out / 'root.pem').write_bytes(root.public_bytes(pem))
    (out / 'intermediate.pem').write_bytes(inter.public_bytes(pem))
    (out / 'leaf.pem').write_bytes(leaf.public_bytes(pem))
    (out / 'leaf-key.pem').write_bytes(leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    (out / 'leaf-pub.pem').write_bytes(leaf_key.public_key().public_bytes(pem, serialization.PublicFormat.SubjectPublicKeyInfo))


if __name__ == '__main__':
    main()

"""Signs or verifies a model with the reference OpenSSF Model Signing library (model_signing's Python API),
for the signature tests: the CLI of model_signing 1.1.1 verifies only sha256 file serialization, the API
also reads the hash type and sharding a signature records.

  python model-signing-ref.py sign   key  MODEL SIG PRIVATE_KEY [--hash sha256|blake2|blake3] [--shard-size N] [--ignore P]...
  python model-signing-ref.py sign   certificate MODEL SIG PRIVATE_KEY CERT CHAIN... [--hash ...]
  python model-signing-ref.py verify key  MODEL SIG PUBLIC_KEY [--ignore P]...
  python model-signing-ref.py verify certificate MODEL SIG CA_CERT [--ignore P]...
Exit 0 on success; 1 with the library's message on failure.
"""
import argparse
import pathlib
import sys

from model_signing import hashing, signing, verifying


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument('action', choices=['sign', 'verify'])
    p.add_argument('method', choices=['key', 'certificate'])
    p.add_argument('model')
    p.add_argument('sig')
    p.add_argument('material', nargs='+')
    p.add_argument('--hash', default='sha256')
    p.add_argument('--shard-size', type=int, default=0)
    p.add_argument('--ignore', action='append', default=[])
    a = p.parse_args()
    model = pathlib.Path(a.model)
    try:
        if a.action == 'sign':
            hc = hashing.Config()
            if a.shard_size:
                hc = hc.use_shard_serialization(hashing_algorithm=a.hash, shard_size=a.shard_size)
            else:
                hc = hc.use_file_serialization(hashing_algorithm=a.hash)
            hc = hc.set_ignored_paths(paths=[*a.ignore, a.sig], ignore_git_paths=True)
            cfg = signing.Config().set_hashing_config(hc)
            if a.method == 'key':
                cfg = cfg.use_elliptic_key_signer(private_key=a.material[0])
            else:
                cfg = cfg.use_certificate_signer(private_key=a.material[0], signing_certificate=a.material[1], certificate_chain=a.material[2:])
            cfg.sign(model, a.sig)
        else:
            cfg = verifying.Config()
            if a.method == 'key':
                cfg = cfg.use_elliptic_key_verifier(public_key=a.material[0])
            else:
                cfg = cfg.use_certificate_verifier(certificate_chain=a.material)
            cfg.verify(model, a.sig)
    except Exception as e:  # the library raises ValueError and others: reported, exit 1
        print(f'{type(e).__name__}: {e}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

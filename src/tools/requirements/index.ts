/**
 * Hash-pinned requirements for the Python tools, installed with
 * `pip install --require-hashes --no-deps --only-binary :all: -r <file>` into the tool's own
 * virtualenv (src/tools/install.ts). With --no-deps every package of the tool's dependency
 * closure must be listed here with the sha256 of each wheel it may pick (one per platform for
 * packages with compiled wheels). Requirements whose PEP 508 marker does not match are skipped by
 * pip, so platform- and version-specific dependencies carry a marker.
 *
 * `complete` says whether the closure is complete. A lock that is not complete is never installed
 * (a --no-deps install of only the top-level wheel would give a tool that cannot import its
 * dependencies); install: auto then fails with a message saying to install the tool in a setup step.
 *
 * PyPI was not reachable when these were written, so every hash was taken from public lock files
 * and checked for agreement between unrelated repositories (file name and sha256 both).
 *
 * bandit 1.9.4 (complete). Requires-Python >=3.10, so CPython 3.10-3.14 (3.9 is refused by pip).
 * Runtime dependencies per its metadata (the bandit 1.9.4 entry of ni/nitypes-python's poetry.lock,
 * agreeing with Homebrew's bandit formula resources): PyYAML>=5.3.1, stevedore>=1.20.0, rich,
 * colorama>=0.3.9 on platform_system == "Windows"; rich needs markdown-it-py>=2.2.0 and
 * pygments>=2.13,<3 (rich 14.3.2's entry there; Homebrew's formula with rich 14.3.3 has no other
 * resource); markdown-it-py 4.0.0 needs mdurl~=0.1; stevedore 5.6.0, PyYAML, pygments, mdurl and
 * colorama need nothing. tomli is bandit's `toml` extra (python_version < "3.11"), included so
 * a TOML `bandit-config` also loads on 3.10.
 * - bandit-1.9.4-py3-none-any.whl f89ffa66…f6f8e: ni/nitypes-python poetry.lock (its current version,
 *   seen in a source dump of that repository) and two unrelated tool manifests.
 * - stevedore-5.6.0-py3-none-any.whl 4a36dcce…c1820: ni/nitypes-python poetry.lock (python >=3.10,
 *   no dependencies) and release-engineering/iib requirements.txt (pip-compile, PR #1255). 5.6.0
 *   rather than 5.7.0 because no public lock with the 5.7.0 wheel hash could be found.
 * - PyYAML-6.0.3, 56 wheels (cp310-cp314 and cp314t; manylinux x86_64/aarch64/s390x, musllinux,
 *   macOS x86_64/arm64, win32/win_amd64/win_arm64): the uv.lock of APE-147/symbolic-link-manager
 *   (exact files.pythonhosted.org URL of every wheel), the cp311-cp314 ones also in the uv.lock
 *   embedded in greg-hellings/devdashboard's uv.lock analyzer test (same URLs), and every hash in a
 *   pip-compile'd `pyyaml==6.0.3` block of an unrelated agent installer script.
 * - rich-14.3.3-py3-none-any.whl 793431c1…5362d: several Homebrew formula resources (exact wheel
 *   URL) and an unrelated Python download script (same URL and hash).
 * - markdown_it_py-4.0.0-py3-none-any.whl 87327c59…78147: a uv.lock (exact URL), a pip-compile'd
 *   requirements file and Homebrew formula resources.
 * - mdurl-0.1.2-py3-none-any.whl 84008a41…6b8f8: a uv.lock (exact URL), a poetry.lock and Homebrew.
 * - pygments-2.20.0-py3-none-any.whl 81a9e26d…d0176: a uv.lock (exact URL), a pip-compile'd
 *   requirements file and Homebrew formula resources (2.20.0 rather than 2.19.2: the newer release).
 * - colorama-0.4.6-py2.py3-none-any.whl 4f1d9991…85fc6: a poetry.lock and a pinned-wheel table with
 *   the exact URL.
 * - tomli-2.4.0-py3-none-any.whl 1f776e7d…4785a: ni/nitypes-python poetry.lock and a pinned-wheel
 *   table with the exact URL (tomli 2.4.0 has no cp310 wheel, so 3.10 takes this one).
 * Not covered: Windows on arm64 with CPython 3.10/3.11 (PyYAML 6.0.3 has no win_arm64 wheel there).
 *
 * pip-audit 2.10.1 (not complete): only pip_audit-2.10.1-py3-none-any.whl 99ef3f60…4611a is known
 * (the same in six unrelated repositories). Its closure (CacheControl, cyclonedx-python-lib,
 * packaging, pip-api, pip-requirements-parser, platformdirs, requests, rich, tomli, tomli-w and
 * their dependencies, with compiled wheels for msgpack and charset-normalizer) was not hash-verified.
 * garak 0.16.0: no wheel hash could be confirmed.
 * To complete a lock: `pip-compile --generate-hashes --only-binary :all:` (or `uv pip compile
 * --generate-hashes`) on `<tool>==<version>`, paste the output here, and set complete: true.
 */
export interface PythonLock {
  text: string
  complete: boolean
}

export const PYTHON_LOCKS: Record<'bandit' | 'pip-audit' | 'garak', PythonLock> = {
  bandit: {
    complete: true,
    text: `bandit==1.9.4 \\
    --hash=sha256:f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e
colorama==0.4.6 ; platform_system == "Windows" \\
    --hash=sha256:4f1d9991f5acc0ca119f9d443620b77f9d6b33703e51011c16baf57afb285fc6
markdown-it-py==4.0.0 \\
    --hash=sha256:87327c59b172c5011896038353a81343b6754500a08cd7a4973bb48c6d578147
mdurl==0.1.2 \\
    --hash=sha256:84008a41e51615a49fc9966191ff91509e3c40b939176e643fd50a5c2196b8f8
pygments==2.20.0 \\
    --hash=sha256:81a9e26dd42fd28a23a2d169d86d7ac03b46e2f8b59ed4698fb4785f946d0176
pyyaml==6.0.3 \\
    --hash=sha256:214ed4befebe12df36bcc8bc2b64b396ca31be9304b8f59e25c11cf94a4c033b \\
    --hash=sha256:02ea2dfa234451bbb8772601d7b8e426c2bfa197136796224e50e35a78777956 \\
    --hash=sha256:b30236e45cf30d2b8e7b3e85881719e98507abed1011bf463a8fa23e9c3e98a8 \\
    --hash=sha256:66291b10affd76d76f54fad28e22e51719ef9ba22b29e1d7d03d6777a9174198 \\
    --hash=sha256:9c7708761fccb9397fe64bbc0395abcae8c4bf7b0eac081e12b809bf47700d0b \\
    --hash=sha256:418cf3f2111bc80e0933b2cd8cd04f286338bb88bdc7bc8e6dd775ebde60b5e0 \\
    --hash=sha256:5e0b74767e5f8c593e8c9b5912019159ed0533c70051e9cce3e8b6aa699fcd69 \\
    --hash=sha256:28c8d926f98f432f88adc23edf2e6d4921ac26fb084b028c733d01868d19007e \\
    --hash=sha256:bdb2c67c6c1390b63c6ff89f210c8fd09d9a1217a465701eac7316313c915e4c \\
    --hash=sha256:44edc647873928551a01e7a563d7452ccdebee747728c1080d881d68af7b997e \\
    --hash=sha256:652cb6edd41e718550aad172851962662ff2681490a8a711af6a4d288dd96824 \\
    --hash=sha256:10892704fc220243f5305762e276552a0395f7beb4dbf9b14ec8fd43b57f126c \\
    --hash=sha256:850774a7879607d3a6f50d36d04f00ee69e7fc816450e5f7e58d7f17f1ae5c00 \\
    --hash=sha256:b8bb0864c5a28024fac8a632c443c87c5aa6f215c0b126c449ae1a150412f31d \\
    --hash=sha256:1d37d57ad971609cf3c53ba6a7e365e40660e3be0e5175fa9f2365a379d6095a \\
    --hash=sha256:37503bfbfc9d2c40b344d06b2199cf0e96e97957ab1c1b546fd4f87e53e5d3e4 \\
    --hash=sha256:8098f252adfa6c80ab48096053f512f2321f0b998f98150cea9bd23d83e1467b \\
    --hash=sha256:9f3bfb4965eb874431221a3ff3fdcddc7e74e3b07799e0e84ca4a0f867d449bf \\
    --hash=sha256:7f047e29dcae44602496db43be01ad42fc6f1cc0d8cd6c83d342306c32270196 \\
    --hash=sha256:fc09d0aa354569bc501d4e787133afc08552722d3ab34836a80547331bb5d4a0 \\
    --hash=sha256:9149cad251584d5fb4981be1ecde53a1ca46c891a79788c0df828d2f166bda28 \\
    --hash=sha256:5fdec68f91a0c6739b380c83b951e2c72ac0197ace422360e6d5a959d8d97b2c \\
    --hash=sha256:ba1cc08a7ccde2d2ec775841541641e4548226580ab850948cbfda66a1befcdc \\
    --hash=sha256:8dc52c23056b9ddd46818a57b78404882310fb473d63f17b07d5c40421e47f8e \\
    --hash=sha256:41715c910c881bc081f1e8872880d3c650acf13dfa8214bad49ed4cede7c34ea \\
    --hash=sha256:96b533f0e99f6579b3d4d4995707cf36df9100d67e0c8303a0c55b27b5f99bc5 \\
    --hash=sha256:5fcd34e47f6e0b794d17de1b4ff496c00986e1c83f7ab2fb8fcfe9616ff7477b \\
    --hash=sha256:64386e5e707d03a7e172c0701abfb7e10f0fb753ee1d773128192742712a98fd \\
    --hash=sha256:8da9669d359f02c0b91ccc01cac4a67f16afec0dac22c2ad09f46bee0697eba8 \\
    --hash=sha256:2283a07e2c21a2aa78d9c4442724ec1eb15f5e42a723b99cb3d822d48f5f7ad1 \\
    --hash=sha256:ee2922902c45ae8ccada2c5b501ab86c36525b883eff4255313a253a3160861c \\
    --hash=sha256:a33284e20b78bd4a18c8c2282d549d10bc8408a2a7ff57653c0cf0b9be0afce5 \\
    --hash=sha256:0f29edc409a6392443abf94b9cf89ce99889a1dd5376d94316ae5145dfedd5d6 \\
    --hash=sha256:f7057c9a337546edc7973c0d3ba84ddcdf0daa14533c2065749c9075001090e6 \\
    --hash=sha256:eda16858a3cab07b80edaf74336ece1f986ba330fdb8ee0d6c0d68fe82bc96be \\
    --hash=sha256:d0eae10f8159e8fdad514efdc92d74fd8d682c933a6dd088030f3834bc8e6b26 \\
    --hash=sha256:79005a0d97d5ddabfeeea4cf676af11e647e41d81c9a7722a193022accdb6b7c \\
    --hash=sha256:5498cd1645aa724a7c71c8f378eb29ebe23da2fc0d7a08071d89469bf1d2defb \\
    --hash=sha256:8d1fab6bb153a416f9aeb4b8763bc0f22a5586065f86f7664fc23339fc1c1fac \\
    --hash=sha256:34d5fcd24b8445fadc33f9cf348c1047101756fd760b4dacb5c3e99755703310 \\
    --hash=sha256:501a031947e3a9025ed4405a168e6ef5ae3126c59f90ce0cd6f2bfc477be31b7 \\
    --hash=sha256:b3bc83488de33889877a0f2543ade9f70c67d66d9ebb4ac959502e12de895788 \\
    --hash=sha256:c458b6d084f9b935061bc36216e8a69a7e293a2f1e68bf956dcd9e6cbcd143f5 \\
    --hash=sha256:7c6610def4f163542a622a73fb39f534f8c101d690126992300bf3207eab9764 \\
    --hash=sha256:5190d403f121660ce8d1d2c1bb2ef1bd05b5f68533fc5c2ea899bd15f4399b35 \\
    --hash=sha256:4a2e8cebe2ff6ab7d1050ecd59c25d4c8bd7e6f400f5f82b96557ac0abafd0ac \\
    --hash=sha256:93dda82c9c22deb0a405ea4dc5f2d0cda384168e466364dec6255b293923b2f3 \\
    --hash=sha256:02893d100e99e03eda1c8fd5c441d8c60103fd175728e23e431db1b589cf5ab3 \\
    --hash=sha256:c1ff362665ae507275af2853520967820d9124984e0f7466736aea23d8611fba \\
    --hash=sha256:6adc77889b628398debc7b65c073bcb99c4a0237b248cacaf3fe8a557563ef6c \\
    --hash=sha256:a80cb027f6b349846a3bf6d73b5e95e782175e52f22108cfa17876aaeff93702 \\
    --hash=sha256:00c4bdeba853cc34e7dd471f16b4114f4162dc03e6b7afcc2128711f0eca823c \\
    --hash=sha256:66e1674c3ef6f541c35191caae2d429b967b99e02040f5ba928632d9a7f0f065 \\
    --hash=sha256:16249ee61e95f858e83976573de0f5b2893b3677ba71c9dd36b9cf8be9ac6d65 \\
    --hash=sha256:4ad1906908f2f5ae4e5a8ddfce73c320c2a1429ec52eafd27138b7f1cbe341c9 \\
    --hash=sha256:ebc55a14a21cb14062aa4162f906cd962b28e2e9ea38f9b4391244cd8de4ae0b
rich==14.3.3 \\
    --hash=sha256:793431c1f8619afa7d3b52b2cdec859562b950ea0d4b6b505397612db8d5362d
stevedore==5.6.0 \\
    --hash=sha256:4a36dccefd7aeea0c70135526cecb7766c4c84c473b1af68db23d541b6dc1820
tomli==2.4.0 ; python_version < "3.11" \\
    --hash=sha256:1f776e7d669ebceb01dee46484485f43a4048746235e683bcdffacdf1fb4785a
`
  },
  'pip-audit': {
    complete: false,
    text: `pip-audit==2.10.1 \\
    --hash=sha256:99ef3f600a317c1945f1e89e227ef26e1c2d618429b8bd3fa6f4f7c440c4611a
`
  },
  garak: {
    complete: false,
    text: ''
  }
}

export const id = 587;
export const ids = [587];
export const modules = {

/***/ 7587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PINNED: () => (/* binding */ PINNED),
  installTool: () => (/* binding */ installTool)
});

// UNUSED EXPORTS: TRIVY_DEFAULT_BASE_URL, TRIVY_SHA256, ensureToolCacheEnv, installPythonTool, installTrivy, sha256File, trivyAsset

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/tools/runner.ts
var runner = __webpack_require__(5761);
;// CONCATENATED MODULE: ./src/tools/requirements/index.ts
const PYTHON_LOCKS = {
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
};

// EXTERNAL MODULE: ./src/tools/trivy-db.ts
var trivy_db = __webpack_require__(9006);
;// CONCATENATED MODULE: ./src/tools/install.ts
/**
 * Pinned tool installs for `install: auto`. The versions live in this one table.
 *
 * - trivy: the release archive is downloaded (base URL overridable with
 *   AI_SECURE_GATES_TRIVY_BASE_URL, for mirrors), its sha256 is checked against the pinned value
 *   BEFORE it is unpacked (a mismatch is refused and nothing is cached), and the binary is kept in
 *   the runner's tool cache (@actions/tool-cache), where later runs find it without a download.
 * - Python tools (bandit, pip-audit, garak): their own virtualenv under the runner's tool cache,
 *   filled from a hash-pinned requirements file (`pip install --require-hashes --no-deps
 *   --only-binary :all:`), kept with @actions/cache under a key of tool, version, OS, architecture,
 *   Python version and the lock's hash.
 * Outside a runner the tool cache is ~/.cache/ai-secure-gates/tool-cache.
 */











const PINNED = {
    bandit: { version: '1.9.4', hint: 'pip install bandit==1.9.4' },
    'pip-audit': { version: '2.10.1', hint: 'pip install pip-audit==2.10.1' },
    garak: { version: '0.16.0', hint: 'pip install garak==0.16.0' },
    trivy: { version: '0.72.0', hint: 'aquasecurity/setup-trivy with version v0.72.0' }
};
/**
 * sha256 of the trivy v0.72.0 release archives, as published in trivy_0.72.0_checksums.txt. The
 * Linux-64bit value agrees across four independent public pins; the others were read from a copy
 * of the checksums file (GitHub was not reachable when this was written).
 */
const TRIVY_SHA256 = {
    'trivy_0.72.0_Linux-64bit.tar.gz': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
    'trivy_0.72.0_Linux-ARM.tar.gz': 'b54b629ee03e6e894a0f652c8e07718a86610ca291f75453701d81a4cc277a8b',
    'trivy_0.72.0_Linux-ARM64.tar.gz': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
    'trivy_0.72.0_Linux-PPC64LE.tar.gz': '4d88d67f21c0926815f504aa7c289b845dba5853020573834915eecdd49cc111',
    'trivy_0.72.0_Linux-s390x.tar.gz': '8831ccdc13b805e1456a961b7f855d9479cb3fe697ac975a5401d4895a25df97',
    'trivy_0.72.0_macOS-64bit.tar.gz': 'ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08',
    'trivy_0.72.0_macOS-ARM64.tar.gz': '88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016',
    'trivy_0.72.0_windows-64bit.zip': 'ed3cf122060f61818fe1f735fd97557954e16e10bc8b058af9852271cf2e91b3'
};
const TRIVY_DEFAULT_BASE_URL = 'https://github.com/aquasecurity/trivy/releases/download';
/** The release archive name for a platform, e.g. trivy_0.72.0_Linux-64bit.tar.gz. */
function trivyAsset(version, platform = process.platform, arch = process.arch) {
    const os_ = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'windows' : null;
    const a = { x64: '64bit', arm64: 'ARM64', arm: 'ARM', ppc64: 'PPC64LE', s390x: 's390x' }[arch];
    if (!os_ || !a)
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `trivy: no release archive for ${platform}/${arch}; install trivy ${version} in a setup step and set install: never.`);
    return `trivy_${version}_${os_}-${a}.${platform === 'win32' ? 'zip' : 'tar.gz'}`;
}
/** The tool cache root (@actions/tool-cache reads RUNNER_TOOL_CACHE); set outside a runner. */
function ensureToolCacheEnv() {
    if (!process.env.RUNNER_TOOL_CACHE)
        process.env.RUNNER_TOOL_CACHE = external_node_path_default().join(external_node_os_default().homedir(), '.cache', 'ai-secure-gates', 'tool-cache');
    if (!process.env.RUNNER_TEMP)
        process.env.RUNNER_TEMP = external_node_os_default().tmpdir();
    return process.env.RUNNER_TOOL_CACHE;
}
async function sha256File(file) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        h.update(chunk);
    return h.digest('hex');
}
async function isFile(p) {
    try {
        return (await (0,external_node_fs_promises_.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}
/** Installs trivy from its release archive (checksum first) or returns the cached copy. */
async function installTrivy(ctx, opts = {}) {
    ensureToolCacheEnv();
    const version = opts.version ?? PINNED.trivy.version;
    const platform = opts.platform ?? process.platform;
    const arch = opts.arch ?? process.arch;
    const exe = platform === 'win32' ? 'trivy.exe' : 'trivy';
    const cached = tool_cache/* find */.I6('trivy', version, arch);
    if (cached && (await isFile(external_node_path_default().join(cached, exe)))) {
        ctx.logger.debug(`trivy ${version} found in the tool cache: ${cached}`);
        return external_node_path_default().join(cached, exe);
    }
    const asset = trivyAsset(version, platform, arch);
    const expected = (opts.sha256 ?? TRIVY_SHA256[asset])?.toLowerCase();
    if (!expected)
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `trivy: no pinned sha256 for ${asset}; refusing to install an unverified download. Install trivy ${version} in a setup step and set install: never.`);
    const base = (opts.baseUrl ?? process.env.AI_SECURE_GATES_TRIVY_BASE_URL ?? TRIVY_DEFAULT_BASE_URL).replace(/\/+$/, '');
    const url = `${base}/v${version}/${asset}`;
    await (0,external_node_fs_promises_.mkdir)(ctx.tempDir, { recursive: true });
    const archive = external_node_path_default().join(ctx.tempDir, `${process.pid}-${Date.now()}-${asset}`);
    ctx.logger.info(`downloading trivy ${version} from ${url}`);
    // Without DNS the download would retry for ~25 s and then fail; say so at once, naming the host.
    const host = new URL(url).hostname;
    try {
        await (0,promises_.lookup)(host);
    }
    catch (e) {
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `trivy ${version}: cannot download ${url}: no network (a DNS lookup failed for ${host}: ${(0,errors/* errorMessage */.gJ)(e)}). Set AI_SECURE_GATES_TRIVY_BASE_URL to a reachable mirror, or install trivy in a setup step and set install: never.`, { cause: e, tool: 'trivy' });
    }
    try {
        await tool_cache/* downloadTool */.bq(url, archive);
    }
    catch (e) {
        await (0,external_node_fs_promises_.rm)(archive, { force: true });
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `trivy ${version}: download from ${url} failed (${(0,errors/* errorMessage */.gJ)(e)}). Set AI_SECURE_GATES_TRIVY_BASE_URL to a mirror, or install trivy in a setup step and set install: never.`, { cause: e, tool: 'trivy' });
    }
    const actual = await sha256File(archive);
    if (actual !== expected) {
        await (0,external_node_fs_promises_.rm)(archive, { force: true });
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `trivy ${version}: checksum mismatch for ${asset} from ${url}: expected sha256 ${expected}, got ${actual}. The archive was deleted without being unpacked and nothing was installed. Check the mirror (AI_SECURE_GATES_TRIVY_BASE_URL) or the network path.`);
    }
    let dir;
    try {
        dir = platform === 'win32' ? await tool_cache/* extractZip */.JE(archive, external_node_path_default().join(ctx.tempDir, `trivy-${version}-${Date.now()}`)) : await tool_cache/* extractTar */.nN(archive, external_node_path_default().join(ctx.tempDir, `trivy-${version}-${Date.now()}`));
    }
    catch (e) {
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `trivy ${version}: the verified archive ${asset} could not be unpacked: ${(0,errors/* errorMessage */.gJ)(e)}`, { cause: e });
    }
    finally {
        await (0,external_node_fs_promises_.rm)(archive, { force: true });
    }
    if (!(await isFile(external_node_path_default().join(dir, exe))))
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `trivy ${version}: ${asset} has no ${exe} at its top level`);
    await (0,external_node_fs_promises_.chmod)(external_node_path_default().join(dir, exe), 0o755).catch(() => undefined);
    const cachedDir = await tool_cache/* cacheDir */.e8(dir, 'trivy', version, arch);
    await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
    return external_node_path_default().join(cachedDir, exe);
}
const MARKER = '.ai-secure-gates-complete';
/** Installs a Python tool into its own virtualenv from the hash-pinned lock, or reuses it. */
async function installPythonTool(name, ctx, opts = {}) {
    const { version, hint } = PINNED[name];
    const lock = opts.lock ?? PYTHON_LOCKS[name];
    if (!lock.complete || !lock.text.trim()) {
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `${name} ${version}: this build has no complete hash-pinned lock for ${name} (src/tools/requirements), so it will not install it unverified. Install it in a setup step (${hint}) or set install: never with ${name} on PATH.`);
    }
    const win = process.platform === 'win32';
    const python = (await ctx.tools.which('python3')) ?? (await ctx.tools.which('python'));
    if (!python)
        throw new errors/* ToolError */.v4('TOOL_NOT_FOUND', `${name}: installing it needs Python 3 on PATH (add actions/setup-python before this step), or install ${name} yourself (${hint}).`);
    const pv = await ctx.tools.run(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { cwd: ctx.tempDir, timeoutMs: 60_000, captureStdout: true, signal: ctx.signal });
    const pyver = /^(\d+\.\d+\.\d+)/.exec(pv.stdout.trim())?.[1];
    if (pv.exitCode !== 0 || !pyver)
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `${name}: could not read the Python version from ${python}`, { stderrTail: pv.stderrTail });
    const lockHash = (0,external_node_crypto_.createHash)('sha256').update(lock.text).digest('hex').slice(0, 12);
    const flavour = `${process.platform}-${process.arch}-py${pyver}-${lockHash}`;
    const venv = external_node_path_default().join(ensureToolCacheEnv(), 'ai-secure-gates-python', name, version, flavour);
    const exe = external_node_path_default().join(venv, win ? 'Scripts' : 'bin', name + (win ? '.exe' : ''));
    const ready = async () => (await isFile(external_node_path_default().join(venv, MARKER))) && (await isFile(exe));
    if (await ready())
        return exe;
    const cache = opts.cache ?? trivy_db/* actionsCacheBackend */.MO;
    const key = `ai-secure-gates-${name}-${version}-${flavour}`;
    if (cache.available()) {
        try {
            const hit = await cache.restore([venv], key, []);
            if (hit && (await ready())) {
                ctx.logger.info(`${name} ${version} restored from cache key ${key}`);
                return exe;
            }
        }
        catch (e) {
            ctx.logger.warning(`${name}: restoring the cached virtualenv failed (${(0,errors/* errorMessage */.gJ)(e)}); installing`);
        }
    }
    await (0,external_node_fs_promises_.rm)(venv, { recursive: true, force: true });
    await (0,external_node_fs_promises_.mkdir)(external_node_path_default().dirname(venv), { recursive: true });
    const run = async (cmd, args, what) => {
        const r = await ctx.tools.run(cmd, args, { cwd: ctx.tempDir, timeoutMs: 20 * 60_000, signal: ctx.signal, env: { PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1' } });
        if (r.exitCode !== 0) {
            await (0,external_node_fs_promises_.rm)(venv, { recursive: true, force: true });
            throw new errors/* ToolError */.v4('TOOL_INSTALL', `${name} ${version}: ${what} failed with exit code ${r.exitCode}\n${(0,runner/* tailLines */.os)(r.stderrTail, 10)}`, { stderrTail: r.stderrTail });
        }
    };
    await run(python, ['-m', 'venv', venv], 'creating the virtualenv');
    await (0,external_node_fs_promises_.mkdir)(ctx.tempDir, { recursive: true });
    const reqFile = external_node_path_default().join(ctx.tempDir, `${name}-${version}-requirements.txt`);
    await (0,external_node_fs_promises_.writeFile)(reqFile, lock.text);
    const venvPython = external_node_path_default().join(venv, win ? 'Scripts' : 'bin', win ? 'python.exe' : 'python');
    await run(venvPython, ['-m', 'pip', 'install', '--require-hashes', '--no-deps', '--only-binary', ':all:', '--no-cache-dir', '-r', reqFile], 'pip install --require-hashes');
    if (!(await isFile(exe)))
        throw new errors/* ToolError */.v4('TOOL_INSTALL', `${name} ${version}: installed, but ${exe} is missing`);
    await (0,external_node_fs_promises_.writeFile)(external_node_path_default().join(venv, MARKER), `${name}==${version} ${lockHash}\n`);
    if (cache.available()) {
        try {
            await cache.save([venv], key);
        }
        catch (e) {
            ctx.logger.info(`${name}: virtualenv not saved to cache key ${key}: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
    }
    return exe;
}
/** Installs a pinned tool and returns the executable's path. */
async function installTool(name, ctx) {
    if (name === 'trivy')
        return installTrivy(ctx);
    return installPythonTool(name, ctx);
}


/***/ }),

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ actionsCacheBackend),
/* harmony export */   sA: () => (/* binding */ prepareTrivyDb),
/* harmony export */   xd: () => (/* binding */ defaultTrivyCacheDir)
/* harmony export */ });
/* unused harmony export trivyDbKeys */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4886);
/**
 * The trivy vulnerability DB (and the misconfiguration checks bundle) across runs.
 *
 * - Cached with @actions/cache under a daily key, `ai-secure-gates-trivy-db-<os>-<repo>-<YYYY-MM-DD>`;
 *   a miss on today's key restores the newest older one (restore key = the prefix), so at most
 *   one download a day per repository, which keeps clear of ghcr.io's rate limits.
 * - `db-repository` (and `checks-bundle-repository`) point trivy at a mirror, e.g.
 *   public.ecr.aws/aquasecurity/trivy-db:2; the mirror is part of the cache key.
 * - Offline mode uses the cache only: trivy gets --skip-db-update/--skip-check-update/--offline-scan,
 *   and no cached DB is an error (never a scan against nothing).
 */





/** @actions/cache (with the Azure SDK under it) loads only when a cache is restored or saved. */
let cacheLib = null;
const loadCache = () => (cacheLib ??= Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(88), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 1691)));
const actionsCacheBackend = {
    // The runner sets one of these when the cache service exists; @actions/cache's own check runs before each use.
    available: () => Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL),
    restore: async (paths, key, restoreKeys) => {
        const cache = await loadCache();
        return cache.isFeatureAvailable() ? cache.restoreCache(paths, key, restoreKeys) : undefined;
    },
    save: async (paths, key) => {
        const cache = await loadCache();
        if (cache.isFeatureAvailable())
            await cache.saveCache(paths, key);
    }
};
function defaultTrivyCacheDir() {
    return process.env.TRIVY_CACHE_DIR || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.cache', 'trivy');
}
function slug(s) {
    return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}
function trivyDbKeys(opts) {
    const today = opts.today ?? new Date().toISOString().slice(0, 10);
    const prefix = `ai-secure-gates-trivy-db-${process.platform}-${slug(opts.dbRepository ?? 'default')}-`;
    return { prefix, primary: prefix + today };
}
async function hasFiles(dir) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).length > 0;
    }
    catch {
        return false;
    }
}
const CACHED_SUBDIRS = ['db', 'java-db', 'policy'];
async function prepareTrivyDb(opts) {
    const backend = opts.backend ?? actionsCacheBackend;
    const { prefix, primary } = trivyDbKeys(opts);
    const paths = CACHED_SUBDIRS.map((d) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(opts.cacheDir, d));
    let restoredKey = null;
    const cacheOn = opts.useCache && backend.available();
    if (cacheOn) {
        try {
            restoredKey = (await backend.restore(paths, primary, [prefix])) ?? null;
            opts.logger.info(restoredKey ? `trivy DB restored from cache key ${restoredKey}` : `no cached trivy DB for ${prefix}*; trivy will download it`);
        }
        catch (e) {
            opts.logger.warning(`restoring the trivy DB cache failed (${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}); trivy will download the DB`);
        }
    }
    else if (opts.useCache) {
        opts.logger.debug('the GitHub Actions cache service is not available; the trivy DB is kept in ' + opts.cacheDir + ' only');
    }
    const dbPresent = await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .pathExists */ .s0)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(opts.cacheDir, 'db', 'metadata.json'));
    if (opts.offline && !dbPresent) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4('TOOL_FAILED', `offline mode: no trivy vulnerability DB in the cache (${cacheOn ? `no Actions cache entry matches ${prefix}*` : 'the Actions cache service is not available'}, and ${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(opts.cacheDir, 'db')} is empty). ` +
            'Run the gate once with offline: false (or pre-seed the cache, e.g. `oras pull ghcr.io/aquasecurity/trivy-db:2`) before using offline mode.');
    }
    const argsFor = (command) => {
        const args = [];
        if (command !== 'config') {
            if (opts.dbRepository)
                args.push('--db-repository', opts.dbRepository);
            if (opts.offline)
                args.push('--skip-db-update', '--offline-scan');
        }
        if (opts.checksBundleRepository)
            args.push('--checks-bundle-repository', opts.checksBundleRepository);
        if (opts.offline)
            args.push('--skip-check-update');
        return args;
    };
    const save = async () => {
        if (!cacheOn || restoredKey === primary)
            return;
        const present = [];
        for (const p of paths)
            if (await hasFiles(p))
                present.push(p);
        if (!present.some((p) => p.endsWith(`${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}db`)))
            return;
        try {
            await backend.save(present, primary);
            opts.logger.info(`trivy DB saved to cache key ${primary}`);
        }
        catch (e) {
            // Another job of the same day saving first is normal (the key is taken).
            opts.logger.info(`trivy DB not saved to cache key ${primary}: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}`);
        }
    };
    return { primaryKey: primary, restoredKey, dbPresent, argsFor, save };
}


/***/ })

};

#!/usr/bin/env python3
"""Builds txray's offline token lists from public token lists.

    python3 scripts/gen-token-lists.py SOURCES_DIR

SOURCES_DIR holds git clones named OWNER+NAME (as txray's sessions mirror them):
  ethereum-lists+tokens                 MIT      tokens/eth/*.json (reviewed one file per token)
  cowprotocol+token-lists               MIT      src/public/CoinGecko.<chain>.json, CowSwap*.json
  ethereum-optimism+ethereum-optimism.github.io  MIT  data/*/data.json (OP Mainnet, Base, Sepolia)
  Consensys+linea-token-list            MIT      json/linea-mainnet-token-shortlist.json
  scroll-tech+token-list                MIT      data/*/data.json
  Uniswap+default-token-list            GPL-3.0  src/tokens/<network>.json (facts only are taken)
  SmolDapp+tokenLists                   MIT      lists/<chain>/{coingecko,tokenlistooor}.json

and writes
  Sources/EVM/Tokens/BundledEVMTokens.swift    (chain id, address, decimals, symbol, source)
  Sources/NEAR/Tokens/BundledNEARTokens.swift  (account, decimals, symbol, source)

Only facts are kept (address, symbol, decimals), each with the list it came from. When two lists
disagree on a token the earlier source in SOURCES wins. Symbols that are empty, longer than 24
characters, or hold anything but printable ASCII are left out: txray would have to quote them
anyway, and a list that carries one is not a source to trust for it.

SmolDapp's tokenLists (Tokenlistooor) is read last and only fills gaps, as a broad source must.
Two of its lists are taken, for every chain in CHAINS that has them (it has no testnet):
  coingecko.json      the contracts CoinGecko lists, with symbol and decimals read from each
                      contract (so a vault's own case: gtUSDC); the ERC-4626 vault shares the
                      curated lists lack. defillama.json is the same list again.
  tokenlistooor.json  the tokens at least half of SmolDapp's lists for the chain agree on; the
                      one list of it for Base, zkSync Era, Linea and Scroll.
Left out: ledger.json (Ledger's data licence is not MIT), the pool and pair lists (LP tokens),
and the broadest API dumps (messari, portals), which add no widely held token the two above lack.
A broad list could lend a look-alike contract a trusted ticker (a second "USDC"), so an entry from
it is left out when its symbol, compared without case, already names a different contract on the
same chain in the curated sources before it. What it added and left out is printed per chain.

    python3 scripts/gen-token-lists.py --self-test   # the look-alike filter's tests
"""

import datetime
import json
import os
import re
import subprocess
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The chains txray names and their coins' tickers (Sources/EVM/Chains/EVMChain.swift).
CHAINS = {
    1: "ETH", 10: "ETH", 56: "BNB", 100: "xDAI", 137: "POL", 324: "ETH", 8453: "ETH",
    42161: "ETH", 43114: "AVAX", 59144: "ETH", 534352: "ETH", 17000: "ETH", 560048: "ETH",
    11155111: "ETH",
}
# Not token contracts: the zero address, and the stand-in routers and aggregators use for the
# chain's coin (txray names that coin from the chain, not from a list).
NOT_TOKENS = {"0x" + "0" * 40, "0x" + "e" * 40}
OPTIMISM_NETWORKS = {"ethereum": 1, "optimism": 10, "base": 8453, "sepolia": 11155111}
SCROLL_NETWORKS = {"ethereum": 1, "scroll": 534352}
SMOLDAPP_LISTS = ("coingecko.json", "tokenlistooor.json")
SYMBOL = re.compile(r"^[\x21-\x7e](?:[\x20-\x7e]{0,22}[\x21-\x7e])?$")


def git(repo, *args):
    return subprocess.run(
        ["git", "-C", repo, *args], check=True, capture_output=True, text=True
    ).stdout


def clone(sources, name):
    path = os.path.join(sources, name)
    for candidate in (path, os.path.join(path, "repo")):
        if os.path.isdir(os.path.join(candidate, ".git")) or os.path.isfile(
            os.path.join(candidate, "HEAD")
        ):
            return candidate
    sys.exit(f"gen-token-lists: no clone of {name} under {sources}")


def files(repo, prefix):
    return [p for p in git(repo, "ls-tree", "-r", "--name-only", "HEAD", prefix).splitlines()]


def read(repo, path):
    return json.loads(git(repo, "show", "HEAD:" + path))


class Lists:
    def __init__(self):
        self.sources = []  # "owner/name@commit path (licence)"
        self.evm = {}  # (chain, address) -> (decimals, symbol, source index)
        self.near = {}  # account -> (decimals, symbol, source index)
        self.case_folded = set()  # source indexes whose lists upper-case every symbol


    def source(self, repo, label):
        commit = git(repo, "rev-parse", "--short=8", "HEAD").strip()
        date = git(repo, "log", "-1", "--format=%cs").strip()
        self.sources.append(label.format(commit=commit, date=date))
        return len(self.sources) - 1

    def add(self, chain, address, decimals, symbol, source):
        if chain not in CHAINS or not isinstance(address, str):
            return
        address = address.lower()
        if not re.fullmatch(r"0x[0-9a-f]{40}", address) or address in NOT_TOKENS:
            return
        if not isinstance(decimals, int) or not 0 <= decimals <= 77:
            return
        if not isinstance(symbol, str) or not SYMBOL.match(symbol):
            return
        key = (chain, address)
        held = self.evm.get(key)
        # A list that upper-cases every symbol (CoinGecko's: "MSETH") loses the token's own
        # case; a later list with the same letters and decimals gives it back ("msETH").
        if (
            held is not None and held[2] in self.case_folded and held[0] == decimals
            and held[1] == symbol.upper() and symbol != held[1]
        ):
            self.evm[key] = (decimals, symbol, source)
            return
        self.evm.setdefault(key, (decimals, symbol, source))

    def curated_symbols(self):
        """(chain, symbol without case) -> the contracts the sources read so far name with it,
        the chain's coin counted as one ("coin"): a token named like it is a look-alike too."""
        named = {(chain, coin.lower()): {"coin"} for chain, coin in CHAINS.items()}
        for (chain, address), (_, symbol, _) in self.evm.items():
            named.setdefault((chain, symbol.lower()), set()).add(address)
        return named

    def add_broad(self, chain, address, decimals, symbol, source, curated, tally):
        """Adds an entry of a broad list unless its symbol already names another contract on the
        chain in `curated` (`curated_symbols()` of the sources before it). `tally` counts by chain
        what was added, what was left out as a look-alike, and what was known or not usable."""
        counts = tally.setdefault(
            chain, {"added": 0, "case restored": 0, "look-alike": 0, "known or unusable": 0}
        )
        if isinstance(address, str) and isinstance(symbol, str):
            others = curated.get((chain, symbol.lower()), set()) - {address.lower()}
            if others:
                counts["look-alike"] += 1
                return
        key = (chain, address.lower() if isinstance(address, str) else address)
        before = self.evm.get(key)
        self.add(chain, address, decimals, symbol, source)
        after = self.evm.get(key)
        if after == before:
            counts["known or unusable"] += 1
        else:
            counts["added" if before is None else "case restored"] += 1

    def add_near(self, account, decimals, symbol, source):
        if not re.fullmatch(r"[a-z0-9._-]{2,64}", account) or not SYMBOL.match(symbol):
            return
        self.near.setdefault(account, (decimals, symbol, source))


def ethereum_lists(lists, sources):
    repo = clone(sources, "ethereum-lists+tokens")
    s = lists.source(repo, "ethereum-lists/tokens@{commit} ({date}) tokens/eth, MIT")
    for path in files(repo, "tokens/eth"):
        token = read(repo, path)
        lists.add(1, token.get("address"), token.get("decimals"), token.get("symbol"), s)


def cowprotocol(lists, sources):
    repo = clone(sources, "cowprotocol+token-lists")
    # CowSwap's own lists keep each token's case ("stETH"); CoinGecko's upper-case every symbol.
    for path in ("src/public/CowSwap.json", "src/public/CowSwapSepolia.json"):
        s = lists.source(repo, "cowprotocol/token-lists@{commit} ({date}) " + path + ", MIT")
        for token in read(repo, path)["tokens"]:
            lists.add(token["chainId"], token["address"], token["decimals"], token["symbol"], s)
    # CoinGecko.json is CoinGecko's Ethereum list as CoW Swap last took it: a few widely held
    # tokens (BORG, USD0) that CoinGecko.1.json lacks.
    for path in [f"src/public/CoinGecko.{chain}.json" for chain in CHAINS] + [
        "src/public/CoinGecko.json"
    ]:
        if path not in files(repo, path):
            continue
        s = lists.source(repo, "cowprotocol/token-lists@{commit} ({date}) " + path + ", MIT")
        lists.case_folded.add(s)
        for token in read(repo, path)["tokens"]:
            lists.add(token["chainId"], token["address"], token["decimals"], token["symbol"], s)


def uniswap(lists, sources):
    """Uniswap's default list is the one public list found with a zkSync Era entry; read last, it
    only fills what the others leave (some of its symbols are older names: RNDR for RENDER)."""
    repo = clone(sources, "Uniswap+default-token-list")
    s = lists.source(repo, "Uniswap/default-token-list@{commit} ({date}) src/tokens/*.json, GPL-3.0")
    for path in files(repo, "src/tokens"):
        for token in read(repo, path):
            lists.add(token["chainId"], token["address"], token["decimals"], token["symbol"], s)


def smoldapp(lists, sources):
    repo = clone(sources, "SmolDapp+tokenLists")
    curated = lists.curated_symbols()
    tally = {}
    for name in SMOLDAPP_LISTS:
        s = lists.source(repo, "SmolDapp/tokenLists@{commit} ({date}) lists/<chain>/" + name + ", MIT")
        for chain in CHAINS:
            path = f"lists/{chain}/{name}"
            if path not in files(repo, path):
                continue
            for token in read(repo, path)["tokens"]:
                if token.get("chainId") == chain:
                    lists.add_broad(
                        chain, token.get("address"), token.get("decimals"), token.get("symbol"), s,
                        curated, tally,
                    )
    for chain, counts in sorted(tally.items()):
        print(f"SmolDapp/tokenLists on chain {chain}:", counts)


def bridge_data(lists, sources, name, label, networks):
    repo = clone(sources, name)
    s = lists.source(repo, label)
    for path in files(repo, "data"):
        if not path.endswith("/data.json"):
            continue
        token = read(repo, path)
        for network, chain in networks.items():
            entry = token.get("tokens", {}).get(network)
            if not entry:
                continue
            overrides = entry.get("overrides", {})
            lists.add(
                chain,
                entry.get("address"),
                overrides.get("decimals", token.get("decimals")),
                overrides.get("symbol", token.get("symbol")),
                s,
            )


def linea(lists, sources):
    repo = clone(sources, "Consensys+linea-token-list")
    path = "json/linea-mainnet-token-shortlist.json"
    s = lists.source(repo, "Consensys/linea-token-list@{commit} ({date}) " + path + ", MIT")
    for token in read(repo, path)["tokens"]:
        lists.add(token["chainId"], token["address"], token["decimals"], token["symbol"], s)


def near(lists, sources):
    path = os.path.join(ROOT, "scripts", "data", "near-tokens.json")
    curated = json.load(open(path))
    s = len(lists.sources)
    lists.sources.append("scripts/data/near-tokens.json (curated from public NEAR front ends)")
    for token in curated["tokens"]:
        lists.add_near(token["account"], token["decimals"], token["symbol"], s)
    # Rainbow Bridge tokens keep their Ethereum decimals and symbol; only the widely held ones
    # (CoinGecko's Ethereum list) are derived, not every ERC-20 ever listed.
    bridged = len(lists.sources)
    lists.sources.append(
        "Rainbow Bridge <address>.factory.bridge.near: symbol and decimals of the Ethereum token"
    )
    repo = clone(sources, "cowprotocol+token-lists")
    widely_held = {
        token["address"].lower() for token in read(repo, "src/public/CoinGecko.1.json")["tokens"]
    }
    for (chain, address), (decimals, symbol, _) in sorted(lists.evm.items()):
        if chain == 1 and address in widely_held:
            lists.add_near(address[2:] + ".factory.bridge.near", decimals, symbol, bridged)


def renumber(rows, sources):
    """The rows with source numbers counted over the sources they use, and those sources."""
    used = sorted({row[-1] for row in rows})
    index = {old: new for new, old in enumerate(used)}
    return [row[:-1] + (index[row[-1]],) for row in rows], [sources[i] for i in used]


def swift_file(kind, header, lines, sources):
    legend = "\n".join(f"  ///   {i}: {text}" for i, text in enumerate(sources))
    body = "\n".join(lines)
    return f"""// Generated by scripts/gen-token-lists.py on {datetime.date.today()}; do not edit by hand.
// Regenerate: python3 scripts/gen-token-lists.py SOURCES_DIR (see the script for the clones).

extension {kind} {{
  /// {header}
  /// Source numbers:
{legend}
  static let sources: [String] = [
{chr(10).join("    " + json.dumps(text) + "," for text in sources)}
  ]

  static let table = #\"\"\"
{body}
\"\"\"#
}}
"""


class LookAlikeFilterTests(unittest.TestCase):
    USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"
    VAULT = "0xdd0f28e19c1780eb6396170735d45153d261490d"
    OTHER = "0x1cdd2eab61112697626f7b4bb0e23da4febf7b7c"

    def setUp(self):
        self.lists = Lists()
        self.lists.add(1, self.USDC, 6, "USDC", 0)
        self.curated = self.lists.curated_symbols()
        self.tally = {}

    def broad(self, chain, address, decimals, symbol):
        self.lists.add_broad(chain, address, decimals, symbol, 1, self.curated, self.tally)

    def test_a_second_contract_named_like_a_curated_one_is_left_out(self):
        self.broad(1, self.OTHER, 6, "USDC")
        self.broad(1, self.OTHER.upper().replace("0X", "0x"), 18, "usdc")
        self.assertNotIn((1, self.OTHER), self.lists.evm)
        self.assertEqual(self.tally[1]["look-alike"], 2)

    def test_a_new_symbol_is_added_with_its_source(self):
        self.broad(1, self.VAULT, 18, "gtUSDC")
        self.assertEqual(self.lists.evm[(1, self.VAULT)], (18, "gtUSDC", 1))
        self.assertEqual(self.tally[1]["added"], 1)

    def test_the_curated_entry_itself_is_kept_as_it_was(self):
        self.broad(1, self.USDC, 18, "USDC")
        self.assertEqual(self.lists.evm[(1, self.USDC)], (6, "USDC", 0))
        self.assertEqual(self.tally[1]["known or unusable"], 1)

    def test_a_token_named_like_the_chains_coin_is_left_out(self):
        self.broad(1, self.OTHER, 18, "eth")
        self.broad(137, self.OTHER, 18, "POL")
        self.assertEqual(len(self.lists.evm), 1)
        self.assertEqual(self.tally[137]["look-alike"], 1)

    def test_the_coins_stand_in_is_no_token(self):
        self.broad(42161, "0x" + "E" * 40, 18, "WETH")
        self.assertEqual(self.tally[42161]["known or unusable"], 1)

    def test_the_symbol_is_free_on_another_chain(self):
        self.broad(137, self.OTHER, 6, "USDC")
        self.assertEqual(self.lists.evm[(137, self.OTHER)], (6, "USDC", 1))

    def test_the_symbol_filter_still_applies(self):
        self.broad(1, self.VAULT, 18, "USDC\u200b")
        self.broad(1, self.OTHER, 18, "")
        self.assertEqual(self.tally[1]["known or unusable"], 2)
        self.assertEqual(len(self.lists.evm), 1)


def main():
    if sys.argv[1:] == ["--self-test"]:
        suite = unittest.defaultTestLoader.loadTestsFromTestCase(LookAlikeFilterTests)
        sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(suite).wasSuccessful() else 1)
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sources = sys.argv[1]
    lists = Lists()
    ethereum_lists(lists, sources)
    cowprotocol(lists, sources)
    bridge_data(
        lists, sources, "ethereum-optimism+ethereum-optimism.github.io",
        "ethereum-optimism/ethereum-optimism.github.io@{commit} ({date}) data/*/data.json, MIT",
        OPTIMISM_NETWORKS,
    )
    linea(lists, sources)
    bridge_data(
        lists, sources, "scroll-tech+token-list",
        "scroll-tech/token-list@{commit} ({date}) data/*/data.json, MIT", SCROLL_NETWORKS,
    )
    uniswap(lists, sources)
    # The NEAR list derives bridged tokens from the curated Ethereum entries only.
    near(lists, sources)
    smoldapp(lists, sources)

    evm_rows, evm_sources = renumber(
        [(str(chain), address[2:], decimals, symbol, source)
         for (chain, address), (decimals, symbol, source) in sorted(lists.evm.items())],
        lists.sources,
    )
    evm_lines = ["\t".join(str(column) for column in row) for row in evm_rows]
    near_rows, near_sources = renumber(
        [("near", account, decimals, symbol, source)
         for account, (decimals, symbol, source) in sorted(lists.near.items())],
        lists.sources,
    )
    near_lines = ["\t".join(str(column) for column in row) for row in near_rows]
    outputs = {
        "Sources/EVM/Tokens/BundledEVMTokens.swift": swift_file(
            "BundledEVMTokens",
            "ERC-20 tokens by chain: `chain id, address (lowercase hex without 0x), decimals, "
            "symbol, source number`, one a line, tab-separated.",
            evm_lines, evm_sources,
        ),
        "Sources/NEAR/Tokens/BundledNEARTokens.swift": swift_file(
            "BundledNEARTokens",
            "NEAR mainnet NEP-141 tokens: `near, account, decimals, symbol, source`, one a line, "
            "tab-separated.",
            near_lines, near_sources,
        ),
    }
    for path, text in outputs.items():
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as out:
            out.write(text)
    counts = {}
    for chain, _ in lists.evm:
        counts[chain] = counts.get(chain, 0) + 1
    print("EVM tokens by chain:", dict(sorted(counts.items())), "NEAR tokens:", len(lists.near))


if __name__ == "__main__":
    main()

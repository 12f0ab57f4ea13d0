#!/usr/bin/env bash
# Mutation testing of ReleaseGen.Core's logic (Checks/, Derivation/, Templating/Functions/, Periods/,
# Tables/, Tieout/)
# with Stryker.NET, restored from the repository's tool manifest (.config/dotnet-tools.json).
# Settings: tests/ReleaseGen.Core.Tests/stryker-config.json. Takes minutes, so it is not part of .ci/run.
#
#   bench/mutation.sh                                  # everything (more than an hour on 2 cores)
#   bench/mutation.sh --mutate '**/Checks/DataRules.cs'  # one file or folder while working on its tests
#   CONCURRENCY=2 bench/mutation.sh                    # test runners at once (default 1: CI machines are small)
#
# Reports (HTML, JSON, Markdown) go to StrykerOutput/ at the repository root; the score and the
# survivors are summarised in docs/testing.md. Exit status is non-zero below the "break" threshold.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null
out="$PWD/StrykerOutput"
cd tests/ReleaseGen.Core.Tests
dotnet dotnet-stryker --concurrency "${CONCURRENCY:-1}" --output "$out" "$@"
echo "reports: $out/reports/mutation-report.html (and .json, .md)"

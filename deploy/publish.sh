#!/usr/bin/env sh
# Publishes the bot (program, its dependencies and the seeds) into one folder: the command the
# container image builds with and CI runs, so the two cannot drift apart.
# The folder is for the platform it is published on (precompiled code starts and answers sooner, see Bot.csproj);
# it still runs on the shared .NET runtime installed there.
set -eu
cd "$(dirname "$0")/.."
dotnet publish src/Bot/Bot.csproj --configuration Release --use-current-runtime --self-contained false --output "${1:-artifacts/publish}"

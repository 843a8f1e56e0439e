#!/usr/bin/env sh
# Publishes the bot (program, its dependencies and the seeds) into one folder: the command the
# container image builds with and CI runs, so the two cannot drift apart.
set -eu
cd "$(dirname "$0")/.."
dotnet publish src/Bot/Bot.csproj --configuration Release --output "${1:-artifacts/publish}"

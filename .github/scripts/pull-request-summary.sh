#!/usr/bin/env bash
# The job summary of a pull request's check, in Markdown on standard output:
# every problem in the content (errors in the files the pull request changes
# first, each with a link to its line) and what the change does to the map.
# Usage: pull-request-summary.sh <checkout of the base>
# The content folder is $CARE_MAP_CONTENT (default content), in the base too.
# Never passes --show-private: job summaries are public.
set -u
base="${1:?usage: pull-request-summary.sh <checkout of the base>}"
content="${CARE_MAP_CONTENT:-content}"
here="$(dirname "$0")/../.."

# check exits 1 when there are errors: the summary still goes on to the diff.
node "$here/bin/care-map.js" check --format summary --content "$content" --base "$base/$content"
echo
node "$here/bin/care-map.js" diff "$base/$content" --content "$content" --format markdown

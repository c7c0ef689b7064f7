#!/bin/sh
# Which frequent names and verbs of the real-news statistics (../shared/corpus) the
# built-in dictionaries miss, through `tacitus dict unmatched`.
#
#   scripts/corpus-coverage.sh [MIN_COUNT] [TOP]      (defaults 3 and 60)
#
# Names: every name of news-names.tsv with count >= MIN_COUNT becomes the sentence
# "They saw NAME." repeated count times (mid-sentence, so the tagger reads a capital as a
# name); the report's names are the uncovered ones, with their corpus counts.
# Verbs: every past-tense form in news-ngrams.tsv (n = 1, count >= MIN_COUNT: words in
# -ed and the irregular forms of WordNet's verb.exc; news reports events in the past, and
# the n-grams are lowercase, so base forms cannot be told from nouns) becomes
# "Russia WORD Ukraine." repeated count times; forms the tagger takes for a verb and that
# give no event are listed by lemma (no pattern at all, or patterns that failed) with
# their corpus counts. Such a line is only a lead: a verb may need a preposition or an
# object the frame does not give it, so read the n-grams before adding a pattern.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$here/../shared/corpus}
bin=${TACITUS:-$here/build/tacitus}
min=${1:-3}
top=${2:-60}
[ -r "$corpus/news-names.tsv" ] || { echo "no corpus at $corpus" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One JSONL article per line, so that nothing carries over from one line to the next.
emit='function emit(text, n,   i) {
  gsub(/["\\]/, "", text)
  for (i = 0; i < n; i++) printf "{\"id\":\"%d\",\"date\":\"2024-06-01\",\"text\":\"%s\"}\n", NR, text
}'
awk -F'\t' -v min="$min" "$emit"'
  NR > 1 && $2 >= min && $1 !~ /'"'"'s$/ { emit("They saw " $1 ".", $2) }' \
  "$corpus/news-names.tsv" > "$tmp/names.jsonl"
exc=${WORDNET_DIR:-/usr/share/wordnet}/verb.exc
[ -r "$exc" ] || { echo "no $exc (Debian package wordnet-base)" >&2; exit 2; }
awk -F'\t' -v min="$min" -v exc="$exc" "$emit"'
  BEGIN { while ((getline line < exc) > 0) { split(line, f, " "); irregular[f[1]] = 1 } }
  NR > 1 && $1 == 1 && $3 >= min && ($2 ~ /^[a-z-]+ed$/ || $2 in irregular) {
    emit("Russia " $2 " Ukraine.", $3) }' "$corpus/news-ngrams.tsv" > "$tmp/verbs.jsonl"
# The report's sections start with "# "; keep the one each input is for, minus examples.
section() {
  awk -F'\t' -v want="$1" '/^# / { on = index($0, want) > 0; if (on) print; next } on { print $1 "\t" $2 }'
}
echo "## frequent names (count >= $min) that no dictionary phrase covers"
"$bin" dict unmatched --top "$top" "$tmp/names.jsonl" | section "# names"
echo "## frequent words (count >= $min) read as a verb that give no event in 'Russia WORD Ukraine.'"
"$bin" dict unmatched --top "$top" "$tmp/verbs.jsonl" | section "# main verbs"

// Each file's comments are blanked first (StripPetrarchComments), so the line parsers
// see only content and line numbers stay those of the file. Verb files are read as a
// small state machine: a `&NAME` line opens a synset (its `+` lines are members), a
// `---` line opens a verb block (its verb lines, then its patterns); a block's patterns
// are translated when the block ends, once all of its verbs are known.
#include "dict/petrarch_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <vector>

#include "dict/dict_text.h"
#include "dict/petrarch_options.h"

namespace tacitus {
namespace {

// A PETRARCH verb word as written: "ASK", "+ASK_FOR", "KLM_NOP_+RST", "HURRIES". The words
// before a `+`-marked verb go to `before` as pattern words joined to the verb ("WIRE_+TAP":
// "WIRE_"); false for a word with no verb.
bool ParseVerbWord(PeerBuilder* b, std::string_view written, PeerBuilder::VerbForm* vf,
                   std::string* before) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= written.size(); ++i) {
    if (i == written.size() || written[i] == '_' || written[i] == ' ') {
      if (i > start) parts.emplace_back(written.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.empty()) return false;
  size_t verb = 0;
  for (size_t i = 0; i < parts.size(); ++i)
    if (!parts[i].empty() && parts[i][0] == '+') verb = i;
  before->clear();
  for (size_t i = 0; i < verb; ++i) *before += parts[i] + "_";
  std::string head = parts[verb][0] == '+' ? parts[verb].substr(1) : parts[verb];
  if (head.empty()) return false;
  *vf = PeerBuilder::VerbForm();
  vf->lemmas = b->VerbLemmas(head, false);
  if (!vf->lemmas.empty()) b->AddVerbWord(head, false, vf->lemmas.front());
  vf->written = {Lower(head)};
  for (size_t i = verb + 1; i < parts.size(); ++i) vf->particles.push_back(Lower(parts[i]));
  return true;
}

}  // namespace

std::string StripPetrarchComments(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_xml = false;
  bool in_code = false;  // inside `[...]`, where "###" is a code, not a comment
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') in_code = false;
    if (text[i] == '[') in_code = true;
    if (text[i] == ']') in_code = false;
    if (in_xml) {
      if (text.compare(i, 3, "-->") == 0) {
        out += "   ";
        i += 3;
        in_xml = false;
      } else {
        out += text[i] == '\n' ? '\n' : ' ';
        ++i;
      }
      continue;
    }
    if (text.compare(i, 4, "<!--") == 0) {
      in_xml = true;
      out += "    ";
      i += 4;
      continue;
    }
    if (text[i] == '#' && !in_code) {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    out += text[i++];
  }
  return out;
}

void PetrarchReader::ReadActors(std::string_view file_name, std::string_view text) {
  builder_->BeginFile(file_name);
  std::string clean = StripPetrarchComments(text);
  builder_->ReadActorRecords(clean, false);
}

void PetrarchReader::ReadVerbs(std::string_view file_name, std::string_view text) {
  PeerBuilder& b = *builder_;
  b.BeginFile(file_name);
  std::string clean = StripPetrarchComments(text);
  // Synset state.
  std::string synset, synset_text;
  uint32_t synset_line = 0;
  std::vector<std::string> members;
  bool in_synset = false;
  // Block state.
  struct Verb {
    PeerBuilder::VerbForm form;
    std::vector<PeerBuilder::VerbForm> forms;
    std::string code, line;
    std::string before;  // words joined before the verb: "WIRE_" for WIRE_+TAP
    uint32_t line_no;
  };
  struct Pending {  // a pattern line, translated when the block's verbs are all known
    std::string line;
    size_t text_pos, text_len, code_pos, code_len;
    uint32_t line_no;
  };
  bool in_block = false;
  std::string block_code;
  std::vector<Verb> verbs;
  std::vector<Pending> patterns;
  auto flush_synset = [&]() {
    if (!synset.empty()) b.DefineSynset(synset, members, synset_line, synset_text);
    synset.clear();
    members.clear();
    in_synset = false;
  };
  auto flush_block = [&]() {
    if (!in_block) return;
    std::vector<PeerBuilder::VerbForm> all;
    for (const Verb& v : verbs) {
      std::vector<PeerBuilder::VerbForm> own = v.forms;
      own.insert(own.begin(), v.form);
      const std::string code = v.code.empty() ? block_code : v.code;
      if (v.before.empty()) {
        b.AddBareVerb(own, code, v.line_no, v.line);
        all.insert(all.end(), own.begin(), own.end());
        continue;
      }
      // WIRE_+TAP: the verb and each of the block's patterns with the words joined before
      // the verb's `*` ("- WILL NOT * [081]" is "- WILL NOT WIRE_* [081]" for it).
      b.AddPattern(own, v.before + "*", code, false, v.line_no, v.line);
      for (const Pending& p : patterns) {
        std::string text = p.line.substr(p.text_pos, p.text_len);
        size_t star = text.find('*');
        if (star == std::string::npos) continue;
        text.insert(star, v.before);
        std::string_view l = p.line;
        b.AddPattern(own, text, l.substr(p.code_pos, p.code_len), false, p.line_no, l);
      }
    }
    if (all.empty() && verbs.empty() && !patterns.empty())
      b.Count("skipped: patterns of blocks without a usable verb", static_cast<long>(patterns.size()));
    else if (!all.empty())
      for (const Pending& p : patterns) {
        std::string_view l = p.line;
        b.AddPattern(all, l.substr(p.text_pos, p.text_len), l.substr(p.code_pos, p.code_len), false,
                     p.line_no, l);
      }
    verbs.clear();
    patterns.clear();
    in_block = false;
  };
  ForEachLine(clean, [&](std::string_view line, uint32_t line_no) {
    std::string_view t = Trim(line);
    if (t.empty()) return;
    if (StartsWith(t, "---")) {
      flush_synset();
      flush_block();
      in_block = true;
      size_t open = t.find('[');
      b.SetVerbLabel(Trim(t.substr(3, open == std::string_view::npos ? std::string_view::npos : open - 3)));
      size_t close = t.find(']', open == std::string_view::npos ? 0 : open);
      block_code = "---";
      if (open != std::string_view::npos) {
        if (close == std::string_view::npos) {
          b.Error(line_no, line, t.substr(open, 1), "missing ']'");
          return;
        }
        block_code = std::string(Trim(t.substr(open + 1, close - open - 1)));
      }
      b.Count("verb blocks");
      return;
    }
    if (t[0] == '&') {
      flush_synset();
      in_synset = true;
      synset = std::string(Trim(t.substr(1)));
      synset_line = line_no;
      synset_text = std::string(line);
      return;
    }
    if (t[0] == '+' && in_synset) {
      members.emplace_back(Trim(t.substr(1)));
      return;
    }
    if (in_synset) flush_synset();
    if (t[0] == '~') {
      b.Skip(line_no, "skipped: transformations (~ ...)", t);
      return;
    }
    if (!in_block) {
      b.Error(line_no, line, t, "expected '--- VERB [CODE] ---', '&SYNSET' or '+member'");
      return;
    }
    if (t[0] == '-') {
      size_t open = t.rfind('[');
      size_t close = t.rfind(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        b.Error(line_no, line, Last(t), "missing [code] after the pattern");
        return;
      }
      size_t at = static_cast<size_t>(t.data() - line.data());
      patterns.push_back({std::string(line), at + 1, open - 1, at + open + 1, close - open - 1, line_no});
      return;
    }
    // A verb line: VERB {FORMS} [CODE]
    if (!patterns.empty()) {
      b.Error(line_no, line, t, "verb after the block's patterns");
      return;
    }
    size_t brace = t.find('{');
    size_t bracket = t.find('[');
    size_t end = std::min(brace, bracket);
    std::string_view word = Trim(t.substr(0, end));
    Verb v;
    v.line = std::string(line);
    v.line_no = line_no;
    if (bracket != std::string_view::npos) {
      size_t close = t.find(']', bracket);
      if (close == std::string_view::npos) {
        b.Error(line_no, line, t.substr(bracket, 1), "missing ']'");
        return;
      }
      v.code = std::string(Trim(t.substr(bracket + 1, close - bracket - 1)));
    }
    if (word.empty()) {
      b.Error(line_no, line, t, "missing verb");
      return;
    }
    b.Count("verbs");
    if (!ParseVerbWord(&b, word, &v.form, &v.before)) {
      b.Skip(line_no, "skipped: verb lines without a verb word", word);
      return;
    }
    if (!v.before.empty()) b.Count("verbs with words before the verb (WIRE_+TAP)");
    if (brace != std::string_view::npos && (bracket == std::string_view::npos || brace < bracket)) {
      size_t close = t.find('}', brace);
      if (close == std::string_view::npos) {
        b.Error(line_no, line, t.substr(brace, 1), "missing '}'");
        return;
      }
      std::string_view forms = t.substr(brace + 1, close - brace - 1);
      size_t pos = 0;
      while (pos < forms.size()) {
        while (pos < forms.size() && std::isspace(static_cast<unsigned char>(forms[pos]))) ++pos;
        size_t e = pos;
        while (e < forms.size() && !std::isspace(static_cast<unsigned char>(forms[e]))) ++e;
        PeerBuilder::VerbForm f;
        std::string before;  // the verb's own (WIRE_+TAPPED)
        if (e > pos && ParseVerbWord(&b, forms.substr(pos, e - pos), &f, &before))
          v.forms.push_back(f);
        pos = e;
      }
    }
    verbs.push_back(std::move(v));
  });
  flush_synset();
  flush_block();
}

void PetrarchReader::ReadAgents(std::string_view file_name, std::string_view text) {
  PeerBuilder& b = *builder_;
  b.BeginFile(file_name);
  std::string clean = StripPetrarchComments(text);
  std::map<std::string, std::vector<std::string>> sets;  // "!PERSON!" -> MAN, MEN...
  // Every substitution of the markers in `phrase`.
  auto expand = [&](const std::string& phrase, std::vector<std::string>* out, std::string* unknown) {
    std::vector<std::string> work{phrase};
    for (size_t guard = 0; guard < 8; ++guard) {
      std::vector<std::string> next;
      bool any = false;
      for (const std::string& p : work) {
        size_t a = p.find('!');
        size_t z = a == std::string::npos ? a : p.find('!', a + 1);
        if (z == std::string::npos) {
          next.push_back(p);
          continue;
        }
        any = true;
        std::string marker = Upper(p.substr(a, z - a + 1));
        auto it = sets.find(marker);
        if (it == sets.end()) {
          *unknown = marker;
          return false;
        }
        for (const std::string& v : it->second) next.push_back(p.substr(0, a) + v + p.substr(z + 1));
      }
      work = std::move(next);
      if (!any) break;
    }
    *out = std::move(work);
    return true;
  };
  ForEachLine(clean, [&](std::string_view line, uint32_t line_no) {
    std::string_view t = Trim(line);
    if (t.empty()) return;
    size_t marker_end = t[0] == '!' ? t.find('!', 1) : std::string_view::npos;
    if (marker_end != std::string_view::npos && Trim(t.substr(marker_end + 1)).substr(0, 1) == "=") {
      size_t z = marker_end;
      size_t eq = t.find('=', z);
      std::vector<std::string> values;
      std::string_view rest = t.substr(eq + 1);
      size_t start = 0;
      for (size_t i = 0; i <= rest.size(); ++i) {
        if (i == rest.size() || rest[i] == ',') {
          std::string v;
          for (char c : rest.substr(start, i - start))
            if (!std::isspace(static_cast<unsigned char>(c))) v += c;
          if (!v.empty()) values.push_back(v);
          start = i + 1;
        }
      }
      sets[Upper(t.substr(0, z + 1))] = values;
      b.Count("agent substitution sets");
      return;
    }
    std::vector<std::string_view> blocks;
    std::string head_text;
    if (!b.SplitCodes(t, line_no, line, &head_text, &blocks)) return;
    if (blocks.empty()) {
      // PETRARCH reads an entry without a code as null, as it does actors.
      b.Skip(line_no, "skipped: agents without a code (null)", t);
      return;
    }
    std::string_view head = head_text;
    std::string_view code = blocks[0];
    std::vector<std::string> phrases;
    size_t brace = head.find('{');
    std::string_view phrase = Trim(head.substr(0, brace));
    if (brace != std::string_view::npos) {
      size_t end = head.find('}', brace);
      if (end == std::string_view::npos) {
        b.Error(line_no, line, head.substr(brace, 1), "missing '}'");
        return;
      }
      std::string_view plurals = head.substr(brace + 1, end - brace - 1);
      size_t pos = 0;
      while (pos < plurals.size()) {
        while (pos < plurals.size() && std::isspace(static_cast<unsigned char>(plurals[pos]))) ++pos;
        size_t e = pos;
        while (e < plurals.size() && !std::isspace(static_cast<unsigned char>(plurals[e]))) ++e;
        if (e > pos) phrases.emplace_back(plurals.substr(pos, e - pos));
        pos = e;
      }
    }
    if (phrase.empty()) {
      b.Error(line_no, line, t, "missing phrase before the code");
      return;
    }
    phrases.insert(phrases.begin(), std::string(phrase));
    for (const std::string& p : phrases) {
      std::vector<std::string> expanded;
      std::string unknown;
      if (!expand(p, &expanded, &unknown)) {
        b.Error(line_no, line, t, "unknown substitution set '" + unknown + "'");
        return;
      }
      for (const std::string& e : expanded) b.AddAgent(e, code, line_no, line);
    }
  });
}

void PetrarchReader::ReadDiscards(std::string_view file_name, std::string_view text) {
  PeerBuilder& b = *builder_;
  b.BeginFile(file_name);
  std::string clean = StripPetrarchComments(text);
  ForEachLine(clean, [&](std::string_view line, uint32_t line_no) {
    std::string_view t = Trim(line);
    if (t.empty()) return;
    if (t[0] == '+') {
      t = Trim(t.substr(1));
      b.Count("approximated: story discards (+), read as sentence discards");
    }
    if (t.empty()) {
      b.Error(line_no, line, line, "empty discard phrase");
      return;
    }
    b.AddDiscard(t);
  });
}

StatusOr<Dictionary> LoadPetrarchDictionary(const std::string& path, const PeerOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p(path);
  std::vector<std::pair<std::string, std::string>> files;  // (kind, path)
  PetrarchOptions settings;  // PETRARCH's defaults unless [Options] says otherwise
  if (fs::is_directory(p, ec)) {
    const std::pair<const char*, const char*> kStandard[] = {
        {"verbs", "CAMEO.2.0.txt"},
        {"actors", "Phoenix.Countries.actors.txt"},
        {"actors", "Phoenix.International.actors.txt"},
        {"actors", "Phoenix.MilNonState.actors.txt"},
        {"agents", "Phoenix.agents.txt"},
        {"discards", "Phoenix.discards.txt"}};
    for (const auto& [kind, name] : kStandard)
      if (fs::is_regular_file(p / name, ec)) files.push_back({kind, (p / name).string()});
    if (files.empty())
      return Status::NotFound(path + ": none of PETRARCH-2's standard dictionary files "
                                     "(CAMEO.2.0.txt, Phoenix.*.txt)");
  } else if (fs::is_regular_file(p, ec)) {
    StatusOr<std::string> text = ReadPeerFile(path);
    if (!text.ok()) return text.status();
    fs::path dir = p.parent_path();
    std::string section;
    Status missing;  // or a bad [Options] value
    uint32_t line_no = 0;
    size_t pos = 0;
    std::string_view all = *text;
    while (pos < all.size() && missing.ok()) {
      size_t nl = all.find('\n', pos);
      std::string_view line = all.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
      pos = nl == std::string_view::npos ? all.size() : nl + 1;
      ++line_no;
      std::string_view t = Trim(line);
      if (t.empty() || t[0] == '#' || t[0] == ';') continue;
      if (t[0] == '[') {
        section = Lower(Trim(t.substr(1, t.find(']') - 1)));
        continue;
      }
      if (section != "dictionaries" && section != "options") continue;
      size_t eq = t.find('=');
      if (eq == std::string_view::npos) continue;
      std::string key = Lower(Trim(t.substr(0, eq)));
      std::string_view value = Trim(t.substr(eq + 1));
      if (section == "options") {
        Status st = ApplyPetrarchOption(key, value, &settings);
        if (!st.ok())
          missing = Status::Corruption(path + ":" + std::to_string(line_no) + ": " + st.message());
        continue;
      }
      std::string kind = key == "verbfile_name"      ? "verbs"
                         : key == "actorfile_list"   ? "actors"
                         : key == "agentfile_name"   ? "agents"
                         : key == "discardfile_name" ? "discards"
                         : key == "issuefile_name"   ? "issues"
                                                     : "";
      if (kind.empty()) continue;
      size_t start = 0;
      for (size_t i = 0; i <= value.size(); ++i) {
        if (i < value.size() && value[i] != ',') continue;
        std::string name(Trim(value.substr(start, i - start)));
        start = i + 1;
        if (name.empty()) continue;
        fs::path f = fs::path(name).is_absolute() ? fs::path(name) : dir / name;
        if (!fs::is_regular_file(f, ec)) {
          missing = Status::NotFound(path + ":" + std::to_string(line_no) + ": " + key + " '" +
                                     name + "' not found");
          break;
        }
        files.push_back({kind, f.string()});
      }
    }
    if (!missing.ok()) return missing;
    if (files.empty()) return Status::NotFound(path + ": [Dictionaries] names no dictionary files");
  } else {
    return Status::NotFound(path + ": PETR_config.ini or directory not found");
  }
  PetrarchReader reader(options);
  reader.options() = settings;
  for (const char* kind : {"actors", "agents", "discards", "verbs", "issues"}) {
    for (const auto& [k, f] : files) {
      if (k != kind) continue;
      if (k == "issues") {
        if (options.report) options.report->Count("skipped: issues files (Tacitus codes no issues)");
        continue;
      }
      StatusOr<std::string> text = ReadPeerFile(f);
      if (!text.ok()) return text.status();
      if (k == "actors") reader.ReadActors(f, *text);
      else if (k == "agents") reader.ReadAgents(f, *text);
      else if (k == "discards") reader.ReadDiscards(f, *text);
      else reader.ReadVerbs(f, *text);
    }
  }
  return reader.Finish();
}

}  // namespace tacitus

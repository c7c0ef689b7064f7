#include "dict/dict_cache.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <semaphore>
#include <span>
#include <system_error>
#include <thread>
#include <type_traits>

#include "dict/loader.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

extern "C" const char tacitus_dict_bundle[];
extern "C" const std::size_t tacitus_dict_bundle_size;

namespace tacitus {
namespace {

// Bump when the byte layout below changes.
constexpr uint32_t kFormatVersion = 14;
constexpr char kMagic[8] = {'T', 'A', 'C', 'D', 'I', 'C', 'T', '\n'};

#if defined(__x86_64__) && defined(__GLIBCXX__)
// The serializer writes every member; these sizes catch a member added without it.
static_assert(sizeof(Phrase) == 64,
              "Phrase changed: update SerializeDictionary/DeserializeDictionary");
static_assert(sizeof(Person) == 88,
              "Person changed: update SerializeDictionary/DeserializeDictionary");
static_assert(sizeof(DatedRole) == 96,
              "DatedRole changed: update SerializeDictionary/DeserializeDictionary");
// PatternElement::word_ids() and target_preposition, and Dictionary's word ids and pattern
// indexes, are Finish()'s: stored after the entries, so that loading needs no Finish().
static_assert(sizeof(PatternElement) == 32, "PatternElement changed: update the dictionary cache");
static_assert(sizeof(Pattern) == 168,
              "Pattern changed: update SerializeDictionary/DeserializeDictionary");
static_assert(sizeof(VerbWord) == 72, "VerbWord changed: update the dictionary cache");
static_assert(sizeof(WordEntry) == 80,
              "WordEntry changed: update SerializeDictionary/DeserializeDictionary");
// Dictionary::tabari_options, petrarch_options, tabari_nouns and tabari_adjectives are not
// written: only the peers' dictionaries have them, and they are not cached. Nor are the facts
// HasWrittenHeads and HasDatedDiscards give: DeserializeDictionary finds them as it reads.
static_assert(sizeof(PhraseTrie) == 256, "PhraseTrie changed: update the dictionary cache");
static_assert(sizeof(Dictionary) == 1624,
              "Dictionary changed: update SerializeDictionary/DeserializeDictionary");
#endif

// A 64-bit hash taking eight bytes a step (FNV-1a's constants on words), for the key and the
// end of the checksum.
uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 1099511628211ull;
    h ^= h >> 29;
  }
  for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 1099511628211ull;
  return h;
}

class Writer {
 public:
  void U32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void U64(uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  template <typename List>  // of strings
  void Strs(const List& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (std::string_view s : v) Str(s);
  }
  template <typename T>
  void Array(std::span<const T> v) {
    static_assert(std::is_trivially_copyable_v<T>);
    U32(static_cast<uint32_t>(v.size()));
    // Elements start 8-aligned (in the body, which starts 8-aligned in the file): read back
    // in one copy.
    Align();
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  template <typename T>
  void Array(const std::vector<T>& v) {
    Array(std::span<const T>(v));
  }
  void Align() { out_.append((8 - out_.size() % 8) % 8, '\0'); }
  void Ref(const SourceRef& r) {
    U32(r.file);
    U32(r.line);
  }
  void OptDate(const std::optional<Date>& d) {
    U32(d ? 1 : 0);
    U32(d ? static_cast<uint32_t>(d->days()) : 0);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Reads what Writer wrote; any read past the end sets failed() and returns zeros.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool failed() const { return failed_; }
  bool done() const { return pos_ == data_.size(); }
  uint32_t U32() {
    uint32_t v = 0;
    if (!Take(sizeof v)) return 0;
    std::memcpy(&v, data_.data() + pos_ - sizeof v, sizeof v);
    return v;
  }
  uint64_t U64() {
    uint64_t v = 0;
    if (!Take(sizeof v)) return 0;
    std::memcpy(&v, data_.data() + pos_ - sizeof v, sizeof v);
    return v;
  }
  // A count of items of at least `min_bytes` each: bounded by the bytes left.
  uint32_t Count(size_t min_bytes) {
    uint32_t n = U32();
    if (static_cast<uint64_t>(n) * min_bytes > data_.size() - pos_) failed_ = true;
    return failed_ ? 0 : n;
  }
  // A string in place: valid as long as the data.
  std::string_view View() {
    uint32_t n = U32();
    if (!Take(n)) return {};
    return data_.substr(pos_ - n, n);
  }
  // Strings are read into the fields that keep them, not through temporaries.
  void Str(std::string* s) {
    const std::string_view v = View();
    if (!v.empty()) s->assign(v);
  }
  // An empty list costs a read and a test.
  void Strs(std::vector<std::string>* v) {
    const uint32_t n = Count(4);
    if (n != 0) ReadStrs(n, v);
  }
  // A list Writer::Strs wrote, into a WordList: one pass bounds the strings and counts
  // their bytes, a second copies them into the list's one block.
  void Words(WordList* list) {
    const uint32_t n = Count(4);
    if (n == 0) return;
    const char* const data = data_.data();
    size_t at = pos_, chars = 0;
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t size;
      if (data_.size() - at < sizeof size) return Fail();
      std::memcpy(&size, data + at, sizeof size);
      at += sizeof size;
      if (size > data_.size() - at) return Fail();
      at += size;
      chars += size;
    }
    list->Build(n, chars, [&](uint32_t* ends, char* out) {
      uint32_t end = 0;
      for (size_t from = pos_; from < at;) {
        uint32_t size;
        std::memcpy(&size, data + from, sizeof size);
        std::memcpy(out + end, data + from + sizeof size, size);
        from += sizeof size + size;
        end += size;
        *ends++ = end;
      }
    });
    pos_ = at;
  }
  // What Writer::Array wrote of a WordList's ids: false unless one id a word.
  bool Ids(WordList* list) {
    const uint32_t n = U32();
    if (!Align() || n != list->size() ||
        static_cast<uint64_t>(n) * sizeof(uint32_t) > data_.size() - pos_)
      return false;
    if (n == 0) return true;
    const char* p = data_.data() + pos_;
    pos_ += size_t{n} * sizeof(uint32_t);
    // Read in place where aligned (the writer aligned them in the body), else copied out.
    if (reinterpret_cast<uintptr_t>(p) % alignof(uint32_t) == 0) {
      list->SetIds(std::span<const uint32_t>(reinterpret_cast<const uint32_t*>(p), n));
    } else {
      ids_.resize(n);
      std::memcpy(ids_.data(), p, size_t{n} * sizeof(uint32_t));
      list->SetIds(ids_);
    }
    return true;
  }
  // What Writer::Array wrote; each element is as the writer's machine had it.
  template <typename T>
  std::vector<T> Array() {
    static_assert(std::is_trivially_copyable_v<T>);
    uint32_t n = U32();
    if (!Align()) return {};
    if (static_cast<uint64_t>(n) * sizeof(T) > data_.size() - pos_) failed_ = true;
    if (failed_ || n == 0) return {};
    const char* p = data_.data() + pos_;
    pos_ += size_t{n} * sizeof(T);
    // Copied in one go (not value-initialized first), from where the writer aligned them;
    // data that is not aligned in memory is read element by element.
    if (reinterpret_cast<uintptr_t>(p) % alignof(T) == 0)
      return std::vector<T>(reinterpret_cast<const T*>(p), reinterpret_cast<const T*>(p) + n);
    std::vector<T> v(n);
    std::memcpy(v.data(), p, size_t{n} * sizeof(T));
    return v;
  }
  // Skips the writer's padding to the next multiple of 8 bytes.
  bool Align() { return Take((8 - pos_ % 8) % 8); }
  SourceRef Ref() {
    SourceRef r;
    r.file = U32();
    r.line = U32();
    return r;
  }
  std::optional<Date> OptDate() {
    uint32_t has = U32();
    int32_t days = static_cast<int32_t>(U32());
    if (has > 1) failed_ = true;
    if (!has) return std::nullopt;
    return Date::FromDays(days);
  }

 private:
  [[gnu::noinline]] void ReadStrs(uint32_t n, std::vector<std::string>* v) {
    v->reserve(n);
    for (uint32_t i = 0; i < n; ++i) v->emplace_back(View());
  }
  void Fail() {
    failed_ = true;
    pos_ = data_.size();
  }
  // After a failure nothing is left to take: every later read fails (or takes nothing).
  bool Take(size_t n) {
    if (n > data_.size() - pos_) {
      failed_ = true;
      pos_ = data_.size();
      return false;
    }
    pos_ += n;
    return true;
  }
  std::string_view data_;
  size_t pos_ = 0;
  bool failed_ = false;
  std::vector<uint32_t> ids_;  // Ids()'s, where the data is not aligned
};

// The GNU build id of the executable (the first object dl_iterate_phdr reports), or "".
std::string ExecutableBuildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* data) -> int {
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE) continue;
          const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
          const char* end = p + ph.p_memsz;
          while (p + sizeof(ElfW(Nhdr)) <= end) {
            const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(p);
            const char* name = p + sizeof(ElfW(Nhdr));
            const char* desc = name + ((note->n_namesz + 3) & ~3u);
            if (desc + note->n_descsz > end) break;
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 &&
                std::memcmp(name, "GNU", 4) == 0) {
              static_cast<std::string*>(data)->assign(desc, note->n_descsz);
              return 1;
            }
            p = desc + ((note->n_descsz + 3) & ~3u);
          }
        }
        return 1;  // only the executable
      },
      &id);
  return id;
}

std::string_view BuiltInText() {
  return std::string_view(tacitus_dict_bundle, tacitus_dict_bundle_size);
}

uint64_t BuiltInKey(const std::string& build_id) {
  // The build id is a hash of the whole executable, the embedded dictionary text included
  // (the dictionary library is linked statically), so the text itself need not be hashed
  // at every start: its size stands for it.
  uint64_t h = Fnv1a(std::to_string(BuiltInText().size()));
  h = Fnv1a(build_id, h);
  return Fnv1a(std::to_string(kFormatVersion), h);
}

// The checksum of a part of a cache body: Fletcher's scheme on 64-bit words in four
// independent lanes (a running sum and a sum of the running sums each), which finds any changed
// byte and most swapped words, at about two additions a word; the tail and the lanes end in
// Fnv1a. With SSE2 (part of x86-64), two lanes an addition, 64 bytes a step: the same sums.
uint64_t Checksum(std::string_view s) {
  // a[k], b[k]: lane k's sum and sum of sums, over the words k, k + 4, k + 8...
  alignas(16) uint64_t a[4] = {}, b[4] = {};
  size_t i = 0;
#if defined(__SSE2__)
  __m128i a01 = _mm_setzero_si128(), a23 = a01, b01 = a01, b23 = a01;
  auto step = [&](size_t at) {
    const auto* p = reinterpret_cast<const __m128i*>(s.data() + at);
    a01 = _mm_add_epi64(a01, _mm_loadu_si128(p));
    a23 = _mm_add_epi64(a23, _mm_loadu_si128(p + 1));
    b01 = _mm_add_epi64(b01, a01);
    b23 = _mm_add_epi64(b23, a23);
  };
  for (; i + 64 <= s.size(); i += 64) {
    step(i);
    step(i + 32);
  }
  if (i + 32 <= s.size()) {
    step(i);
    i += 32;
  }
  _mm_store_si128(reinterpret_cast<__m128i*>(a), a01);
  _mm_store_si128(reinterpret_cast<__m128i*>(a + 2), a23);
  _mm_store_si128(reinterpret_cast<__m128i*>(b), b01);
  _mm_store_si128(reinterpret_cast<__m128i*>(b + 2), b23);
#else
  for (; i + 32 <= s.size(); i += 32) {
    for (int k = 0; k < 4; ++k) {
      uint64_t w;
      std::memcpy(&w, s.data() + i + 8 * k, 8);
      b[k] += a[k] += w;
    }
  }
#endif
  uint64_t h = Fnv1a(s.substr(i));
  for (uint64_t lane : {a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]})
    h = Fnv1a(std::string_view(reinterpret_cast<const char*>(&lane), sizeof lane), h);
  return h;
}

// A body's checksum, from its two parts' (the patterns part with its size, and the rest): each
// reader thread sums the part it reads (DeserializeDictionary).
uint64_t CombineChecksums(uint64_t patterns_part, uint64_t rest) {
  return Fnv1a(std::string_view(reinterpret_cast<const char*>(&rest), sizeof rest), patterns_part);
}

uint64_t BodyChecksum(std::string_view body) {
  uint64_t part_size;
  std::memcpy(&part_size, body.data(), sizeof part_size);
  return CombineChecksums(Checksum(body.substr(0, 8 + part_size)),
                          Checksum(body.substr(8 + part_size)));
}

constexpr size_t kHeaderSize = sizeof kMagic + 3 * sizeof(uint64_t);

std::string FileHeader(uint64_t key, uint64_t body_size, uint64_t checksum) {
  Writer w;
  w.out().append(kMagic, sizeof kMagic);
  w.U64(key);
  w.U64(body_size);
  w.U64(checksum);
  return w.out();
}

bool ReadCache(const std::string& path, uint64_t key, Dictionary* dict) {
  // Mapped, not copied: the file is read once, in place.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
    ::close(fd);
    return false;
  }
  size_t size = static_cast<size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return false;
  struct Unmap {
    void* p;
    size_t n;
    ~Unmap() { ::munmap(p, n); }
  } unmap{map, size};
  std::string_view data(static_cast<const char*>(map), size);
  if (data.size() < kHeaderSize) return false;
  std::string_view body = data.substr(kHeaderSize);
  uint64_t checksum;
  std::memcpy(&checksum, data.data() + kHeaderSize - sizeof checksum, sizeof checksum);
  if (FileHeader(key, body.size(), checksum) != data.substr(0, kHeaderSize)) return false;
  // The body is checked as it is read (its checksum summed by the two reading threads): the
  // reader takes any bytes without harm, and what it read is used only if the sums agree.
  Dictionary loaded;
  uint64_t read_checksum = 0;
  if (!DeserializeDictionary(body, &loaded, &read_checksum) || read_checksum != checksum)
    return false;
  *dict = std::move(loaded);
  return true;
}

void WriteCache(const std::string& dir, const std::string& path, uint64_t key,
                const Dictionary& dict) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return;
  std::string body = SerializeDictionary(dict);
  std::string tmp = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return;
    out << FileHeader(key, body.size(), BodyChecksum(body)) << body;
    out.close();
    if (!out) {
      fs::remove(tmp, ec);
      return;
    }
  }
  fs::rename(tmp, path, ec);  // atomic: readers see the old file or the whole new one
  if (ec) {
    fs::remove(tmp, ec);
    return;
  }
  // Caches of other builds or dictionaries are never read again.
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::end(it); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.rfind("dict-", 0) == 0 && it->path() != fs::path(path) &&
        name.find(".tmp") == std::string::npos)
      fs::remove(it->path(), ec);
  }
}

// A thread that runs the cache reader's second half and then waits for the next, living until
// the process ends: mimalloc's clean-up at a thread's end walks every page the thread
// allocated (4 M instructions for the patterns' pages), which stay in use as long as the
// dictionary anyway. One job at a time; Run() returns false, running nothing, when the
// helper is busy or no thread could be started.
class Helper {
 public:
  static Helper* Get() {
    // Never deleted: the parked thread outlives every static destructor.
    static Helper* const helper = [] {
      auto* h = new Helper;
      try {
        std::thread([h] { h->Loop(); }).detach();
      } catch (const std::system_error&) {
        h->failed_ = true;
      }
      return h;
    }();
    return helper;
  }

  // Runs `job` on the helper thread and waits for it, while this thread runs `meanwhile`.
  bool Run(const std::function<void()>& job, const std::function<void()>& meanwhile) {
    std::unique_lock<std::mutex> busy(busy_, std::try_to_lock);
    if (!busy.owns_lock() || failed_) return false;
    // The semaphores order the hand-over: what this thread wrote before release() is seen
    // by the helper after its acquire(), and the job's writes by this thread after done_'s.
    job_ = &job;
    start_.release();
    meanwhile();
    done_.acquire();
    return true;
  }

 private:
  void Loop() {
    for (;;) {
      start_.acquire();
      (*job_)();
      done_.release();
    }
  }

  std::mutex busy_;  // held by the caller of Run
  std::binary_semaphore start_{0}, done_{0};
  const std::function<void()>* job_ = nullptr;  // Run's, while it runs
  bool failed_ = false;
};

// The trie's arrays of 32-bit integers, in the order the cache stores them, last in the body.
template <typename Trie>
auto TrieArrays(Trie& t) {
  return std::array{&t.own_ends, &t.edge_children, &t.root_children, &t.phrase_begin,
                    &t.phrase_ids};
}

void WritePatterns(const std::vector<Pattern>& patterns, Writer* w) {
  w->U32(static_cast<uint32_t>(patterns.size()));
  for (const Pattern& p : patterns) {
    w->U32(p.noun ? 1 : 0);
    w->Str(p.code);
    w->Str(p.paired_code);
    for (const std::vector<PatternElement>* elements : {&p.elements, &p.before}) {
      w->U32(static_cast<uint32_t>(elements->size()));
      for (const PatternElement& e : *elements) {
        w->U32(static_cast<uint32_t>(e.kind));
        w->U32((e.optional ? 1 : 0) | (e.open ? 2 : 0) | (e.surface ? 4 : 0) |
               (e.skip_actor ? 8 : 0) | (e.target_preposition ? 16 : 0));
        w->Strs(e.words);
        w->Array(e.word_ids());
        w->Strs(e.prefixes);
        w->Str(e.implied_role());
      }
    }
    w->U32(p.compound_subject ? 1 : 0);
    w->Str(p.text);
    w->Ref(p.ref);
  }
}

// The patterns part: false on data that is truncated, too long or out of range.
// Also says whether a pattern's head has prefixes (Dictionary::HasWrittenHeads).
bool ReadPatterns(std::string_view data, std::vector<Pattern>* patterns, bool* written_heads) {
  Reader r(data);
  *written_heads = false;
  patterns->resize(r.Count(28));
  for (Pattern& p : *patterns) {
    p.noun = r.U32() != 0;
    r.Str(&p.code);
    r.Str(&p.paired_code);
    for (std::vector<PatternElement>* elements : {&p.elements, &p.before}) {
      elements->resize(r.Count(16));
      for (PatternElement& e : *elements) {
        uint32_t kind = r.U32();
        if (kind > PatternElement::kSource) return false;
        e.kind = static_cast<PatternElement::Kind>(kind);
        uint32_t flags = r.U32();
        e.optional = (flags & 1) != 0;
        e.open = (flags & 2) != 0;
        e.surface = (flags & 4) != 0;
        e.skip_actor = (flags & 8) != 0;
        e.target_preposition = (flags & 16) != 0;
        r.Words(&e.words);
        if (!r.Ids(&e.words)) return false;
        r.Words(&e.prefixes);
        // Most elements have none, as a new element.
        const std::string_view role = r.View();
        if (role.size() > PatternElement::kMaxImpliedRole) return false;
        if (!role.empty()) e.set_implied_role(role);
      }
    }
    *written_heads |= p.HasWrittenHead();
    p.compound_subject = r.U32() != 0;
    r.Str(&p.text);
    p.ref = r.Ref();
  }
  r.Align();
  return !r.failed() && r.done();
}

}  // namespace

std::string SerializeDictionary(const Dictionary& dict) {
  // The indexes are written as they are: a dictionary changed since its Finish() (or never
  // finished) is written finished.
  if (dict.weights_.size() != dict.patterns.size() ||
      dict.phrase_trie_.phrases != dict.phrases.size()) {
    Dictionary finished = dict;
    finished.Finish();
    return SerializeDictionary(finished);
  }
  // The patterns first, in a part of their own that the reader reads on a second thread.
  Writer part;
  WritePatterns(dict.patterns, &part);
  part.Align();
  Writer w;
  w.U64(part.out().size());
  w.out().append(part.out());
  w.Strs(dict.files);
  w.U32(static_cast<uint32_t>(dict.phrases.size()));
  for (const Phrase& p : dict.phrases) {
    w.U32(static_cast<uint32_t>(p.kind));
    w.Str(p.code);
    w.U32(static_cast<uint32_t>(p.person));
    w.Strs(p.words);
    w.Ref(p.ref);
  }
  w.U32(static_cast<uint32_t>(dict.people.size()));
  for (const Person& p : dict.people) {
    w.Str(p.name);
    w.Strs(p.names);
    w.Strs(p.aliases);
    w.U32(static_cast<unsigned char>(p.gender));
    w.U32(static_cast<uint32_t>(p.roles.size()));
    for (const DatedRole& r : p.roles) {
      w.Str(r.code);
      w.OptDate(r.from);
      w.OptDate(r.to);
      w.Str(r.title);
      w.Ref(r.ref);
      w.U32(r.discard ? 1 : 0);
    }
    w.Ref(p.ref);
  }
  w.U32(static_cast<uint32_t>(dict.discards.size()));
  for (const std::vector<std::string>& d : dict.discards) w.Strs(d);
  w.U32(static_cast<uint32_t>(dict.verb_words.size()));
  for (const VerbWord& v : dict.verb_words) {
    w.Str(v.form);
    w.U32(v.stem ? 1 : 0);
    w.Str(v.lemma);
  }
  w.U32(static_cast<uint32_t>(dict.words.size()));
  for (const WordEntry& e : dict.words) {
    w.U32(static_cast<uint32_t>(e.word_class));
    w.Str(e.word);
    w.Str(e.code);
    w.Ref(e.ref);
  }
  w.Strs(dict.pattern_words_);
  w.Array(dict.word_slots_);
  w.Array(dict.weights_);
  w.Array(dict.head_bits_);
  w.Array(dict.head_offsets_);
  w.Array(dict.heads_);
  const PhraseTrie& t = dict.phrase_trie_;
  for (uint32_t v : {t.phrases, t.own_lowercase ? 1u : 0u, t.nodes, t.gap}) w.U32(v);
  w.Str(t.own_text);
  w.Array(t.own_exact);
  w.Array(t.own_slots);
  w.Array(t.edge_keys);
  for (const std::vector<uint32_t>* v : TrieArrays(t)) w.Array(*v);
  return std::move(w.out());
}

bool DeserializeDictionary(std::string_view data, Dictionary* dict, uint64_t* checksum) {
  // Whether every reference in `d` points at what exists, as Finish() leaves it: the coder
  // indexes with them unchecked, and WordId probes until it finds a free slot.
  auto index_is_sound = [](const Dictionary& d) {
    for (const Phrase& p : d.phrases) {
      if (p.person >= static_cast<int32_t>(d.people.size()) || p.person < -1) return false;
      // A name or alias always belongs to someone (the loaders set it); the coder reads
      // that person unchecked.
      const bool names_someone = p.kind == PhraseKind::kPerson || p.kind == PhraseKind::kAlias;
      if (names_someone && p.person < 0) return false;
      // Every other phrase has a code, and every phrase has words (the loaders skip the
      // others); the coder reads a code's last byte and a phrase's words unchecked.
      if ((!names_someone && p.code.empty()) || p.words.empty()) return false;
    }
    const size_t words = d.pattern_words_.size(), patterns = d.patterns.size();
    auto all_below = [](std::span<const uint32_t> v, size_t n) {
      return std::all_of(v.begin(), v.end(), [n](uint32_t x) { return x < n; });
    };
    const std::vector<Dictionary::WordSlot>& slots = d.word_slots_;
    auto free = [](const Dictionary::WordSlot& slot) { return slot.id == Dictionary::kNoWord; };
    if (slots.size() <= words || (slots.size() & (slots.size() - 1)) != 0) return false;
    if (!std::all_of(
            slots.begin(), slots.end(),
            [&](const Dictionary::WordSlot& slot) { return slot.id < words || free(slot); }) ||
        std::none_of(slots.begin(), slots.end(), free))
      return false;
    for (const Pattern& p : d.patterns) {
      // A pattern begins with its verb or noun (the loaders make none without one); the
      // coder reads elements[0] and steps through the elements unchecked.
      if (p.elements.empty()) return false;
      for (const std::vector<PatternElement>* elements : {&p.elements, &p.before})
        for (const PatternElement& e : *elements)
          if (!all_below(e.word_ids(), words)) return false;
    }
    auto id_or_none = [words](uint32_t id) { return id < words || id == Dictionary::kNoWord; };
    if (d.weights_.size() != patterns) return false;
    // The head blocks (Dictionary::heads_), which the coder walks unchecked: every offset
    // and count inside its block, every index a pattern's and every need a word.
    const std::vector<uint32_t>& offsets = d.head_offsets_;
    const std::vector<uint32_t>& heads = d.heads_;
    const size_t heads_slots = 2 * words;
    if (offsets.size() != heads_slots + 1 || d.head_bits_.size() != (heads_slots + 31) / 32 ||
        offsets[0] != 0 || offsets[heads_slots] != heads.size())
      return false;
    // No bit past the slots (PatternsHeadedBy reads an offset for any bit set).
    if (heads_slots % 32 != 0 && d.head_bits_.back() >> (heads_slots % 32) != 0) return false;
    for (size_t s = 0; s < heads_slots; ++s) {
      if (offsets[s] > offsets[s + 1] || offsets[s + 1] > heads.size()) return false;
      const std::span<const uint32_t> block(heads.data() + offsets[s], offsets[s + 1] - offsets[s]);
      const bool listed = (d.head_bits_[s >> 5] >> (s & 31)) & 1u;
      if (listed != !block.empty()) return false;
      if (block.empty()) continue;
      const uint64_t n = block[0];
      if (n == 0 || 1 + 4 * n > block.size() || !all_below(block.subspan(1, n), patterns))
        return false;
      for (size_t r = 1 + n; r < 1 + 4 * n; r += 3) {
        if (!id_or_none(block[r]) || !id_or_none(block[r + 1])) return false;
        const uint32_t rest = block[r + 2];
        if (rest == 0) continue;
        if (rest < 1 + 4 * n || rest >= block.size()) return false;
        size_t at = rest + 1;
        for (uint32_t m = block[rest]; m > 0; --m) {
          if (at >= block.size() || block[at] > block.size() - at - 1 ||
              !all_below(block.subspan(at + 1, block[at]), words))
            return false;
          at += 1 + size_t{block[at]};
        }
      }
    }
    return true;
  };

  // The rest: a lambda, which has DeserializeDictionary's access to the indexes.
  auto read_rest = [&](std::string_view bytes, Dictionary& d) -> bool {
    Reader r(bytes);
    r.Strs(&d.files);
    d.phrases.resize(r.Count(28));
    for (Phrase& p : d.phrases) {
      uint32_t kind = r.U32();
      if (kind > static_cast<uint32_t>(PhraseKind::kAlias)) return false;
      p.kind = static_cast<PhraseKind>(kind);
      r.Str(&p.code);
      p.person = static_cast<int32_t>(r.U32());
      r.Words(&p.words);
      p.ref = r.Ref();
    }
    d.people.resize(r.Count(36));
    for (Person& p : d.people) {
      r.Str(&p.name);
      r.Words(&p.names);
      r.Words(&p.aliases);
      p.gender = static_cast<char>(r.U32());
      p.roles.resize(r.Count(36));
      for (DatedRole& role : p.roles) {
        r.Str(&role.code);
        role.from = r.OptDate();
        role.to = r.OptDate();
        r.Str(&role.title);
        role.ref = r.Ref();
        role.discard = r.U32() != 0;
        d.dated_discards_ |= role.discard;
      }
      p.ref = r.Ref();
    }
    d.discards.resize(r.Count(4));
    for (std::vector<std::string>& words : d.discards) r.Strs(&words);
    d.verb_words.resize(r.Count(12));
    for (VerbWord& v : d.verb_words) {
      r.Str(&v.form);
      v.stem = r.U32() != 0;
      r.Str(&v.lemma);
    }
    d.words.resize(r.Count(20));
    for (WordEntry& e : d.words) {
      const uint32_t word_class = r.U32();
      if (word_class >= kWordClassCount) return false;
      e.word_class = static_cast<WordClass>(word_class);
      r.Str(&e.word);
      r.Str(&e.code);
      e.ref = r.Ref();
    }
    r.Strs(&d.pattern_words_);
    d.word_slots_ = r.Array<Dictionary::WordSlot>();
    d.weights_ = r.Array<int>();
    d.head_bits_ = r.Array<uint32_t>();
    d.head_offsets_ = r.Array<uint32_t>();
    d.heads_ = r.Array<uint32_t>();
    PhraseTrie& t = d.phrase_trie_;
    t.phrases = r.U32();
    const uint32_t own_lowercase = r.U32();
    if (own_lowercase > 1) return false;
    t.own_lowercase = own_lowercase != 0;
    t.nodes = r.U32();
    t.gap = r.U32();
    r.Str(&t.own_text);
    t.own_exact = r.Array<uint8_t>();
    t.own_slots = r.Array<PhraseTrie::OwnSlot>();
    t.edge_keys = r.Array<uint64_t>();
    for (std::vector<uint32_t>* v : TrieArrays(t)) *v = r.Array<uint32_t>();
    return !r.failed() && r.done() && t.IsSound(d.phrases.size());
  };

  Reader head(data);
  const uint64_t part_size = head.U64();
  if (head.failed() || part_size > data.size() - 8 || part_size % 8 != 0) return false;
  // The patterns (half the work) are read on a second thread while this one reads the rest;
  // where no thread can be started, one after the other.
  std::vector<Pattern> patterns;
  bool patterns_ok = false, written_heads = false;
  // Each thread also sums the part it reads, when asked: two halves of the work that was
  // the largest of a start-up read alone.
  uint64_t patterns_sum = 0, rest_sum = 0;
  auto read_patterns = [&] {
    patterns_ok = ReadPatterns(data.substr(8, part_size), &patterns, &written_heads);
    if (checksum) patterns_sum = Checksum(data.substr(0, 8 + part_size));
  };
  Dictionary d;
  bool rest_ok = false;
  auto read_the_rest = [&] {
    rest_ok = read_rest(data.substr(8 + part_size), d);
    if (checksum) rest_sum = Checksum(data.substr(8 + part_size));
  };
  if (!Helper::Get()->Run(read_patterns, read_the_rest)) {
    read_patterns();
    read_the_rest();
  }
  if (!patterns_ok || !rest_ok) return false;
  if (checksum) *checksum = CombineChecksums(patterns_sum, rest_sum);
  d.patterns = std::move(patterns);
  d.written_heads_ = written_heads;
  d.finished_people_ = d.people.size();
  if (!index_is_sound(d)) return false;
  d.IndexWords();
  *dict = std::move(d);
  return true;
}

std::string DefaultDictionaryCacheDir() {
  if (const char* dir = std::getenv("TACITUS_CACHE_DIR")) {
    std::string s(dir);
    return s == "off" ? "" : s;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return std::string(xdg) + "/tacitus";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.cache/tacitus";
  return "";
}

namespace {

// The cache file for `key` in `dir`.
std::string CachePath(const std::string& dir, uint64_t key) {
  char name[40];
  std::snprintf(name, sizeof name, "dict-%016llx.bin", static_cast<unsigned long long>(key));
  return dir + "/" + name;
}

}  // namespace

std::string BuiltInDictionaryCachePath(const std::string& dir) {
  if (dir.empty()) return "";
  std::string id = ExecutableBuildId();
  if (id.empty()) return "";
  return CachePath(dir, BuiltInKey(id));
}

StatusOr<Dictionary> LoadBuiltInDictionaryCached(const std::string& dir) {
  // The key (the executable's build id and the cache format): computed once per start, for
  // the path and the header both.
  std::string id = dir.empty() ? std::string() : ExecutableBuildId();
  if (id.empty()) return LoadBuiltInDictionary();
  const uint64_t key = BuiltInKey(id);
  const std::string path = CachePath(dir, key);
  Dictionary dict;
  if (ReadCache(path, key, &dict)) return dict;
  StatusOr<Dictionary> parsed = LoadBuiltInDictionary();
  if (parsed.ok()) WriteCache(dir, path, key, *parsed);
  return parsed;
}

}  // namespace tacitus

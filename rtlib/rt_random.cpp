// rt_random.cpp: the `random` module, bit-for-bit CPython 3.11's.
//
// Mersenne Twisters (MT19937): the module-level functions share one, each
// random.Random instance has its own; each is seeded like Modules/_randommodule.c:
// random.seed(n) feeds |n| as 32-bit words (least significant first) to
// init_by_array. The Python-level algorithms (randrange, _randbelow with
// getrandbits, shuffle, sample) follow Lib/random.py, so a translated
// program draws the same numbers as CPython for the same seed. Without a
// seed the state comes from the clock (CPython uses os.urandom).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rtlib/rt_internal.h"

namespace {

const int kN = 624;
const int kM = 397;
const uint32_t kMatrixA = 0x9908b0dfU;
const uint32_t kUpperMask = 0x80000000U;
const uint32_t kLowerMask = 0x7fffffffU;

// One generator's state. State 0 is the module-level functions'; each
// random.Random instance owns another (rpy_random_new), and the primitives
// draw from the state selected last (rpy_random_select).
struct State {
  uint32_t mt[kN];
  int mti = kN + 1;
  bool seeded = false;
};

State default_state;
State* cur = &default_state;
State** states = NULL;  // states[0] is &default_state
int64_t num_states = 0, cap_states = 0;

void InitGenrand(uint32_t s) {
  uint32_t* mt = cur->mt;
  int& mti = cur->mti;
  mt[0] = s;
  for (mti = 1; mti < kN; mti++)
    mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}

void InitByArray(const uint32_t* key, size_t key_length) {
  InitGenrand(19650218U);
  uint32_t* mt = cur->mt;
  size_t i = 1, j = 0;
  size_t k = kN > key_length ? kN : key_length;
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
    i++;
    j++;
    if (i >= (size_t)kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
    i++;
    if (i >= (size_t)kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

void SeedU64(uint64_t n) {
  uint32_t key[2] = {(uint32_t)n, (uint32_t)(n >> 32)};
  InitByArray(key, key[1] ? 2 : 1);
  cur->seeded = true;
}

void EnsureSeeded() {
  if (!cur->seeded) rpy_random_seed_time();
}

uint32_t Genrand() {
  static const uint32_t mag01[2] = {0x0U, kMatrixA};
  uint32_t* mt = cur->mt;
  int& mti = cur->mti;
  uint32_t y;
  if (mti >= kN) {
    int kk;
    for (kk = 0; kk < kN - kM; kk++) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; kk++) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[kN - 1] & kUpperMask) | (mt[0] & kLowerMask);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    mti = 0;
  }
  y = mt[mti++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

// getrandbits(k) for 0 <= k <= 64.
uint64_t GetRandBits(int k) {
  if (k == 0) return 0;
  if (k <= 32) return Genrand() >> (32 - k);
  uint64_t lo = Genrand();
  uint64_t hi = Genrand() >> (64 - k);
  return lo | (hi << 32);
}

int BitLength(uint64_t n) {
  return n ? 64 - __builtin_clzll(n) : 0;
}

// _randbelow_with_getrandbits, n > 0.
uint64_t RandBelow(uint64_t n) {
  EnsureSeeded();
  int k = BitLength(n);
  uint64_t r = GetRandBits(k);
  while (r >= n) r = GetRandBits(k);
  return r;
}

}  // namespace

extern "C" {

int64_t rpy_random_new(void) {
  if (num_states == 0) {
    cap_states = 8;
    states = (State**)malloc(sizeof(State*) * (size_t)cap_states);
    if (!states) abort();
    states[num_states++] = &default_state;
  }
  if (num_states == cap_states) {
    cap_states *= 2;
    states = (State**)realloc(states, sizeof(State*) * (size_t)cap_states);
    if (!states) abort();
  }
  State* s = (State*)malloc(sizeof(State));
  if (!s) abort();
  s->mti = kN + 1;
  s->seeded = false;
  states[num_states] = s;
  return num_states++;
}

void rpy_random_select(int64_t state) {
  cur = state == 0 ? &default_state : states[state];
}

void rpy_random_seed(int64_t seed) {
  uint64_t n = seed < 0 ? 0 - (uint64_t)seed : (uint64_t)seed;
  SeedU64(n);
}

void rpy_random_seed_time(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint32_t key[4] = {(uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32),
                     (uint32_t)ts.tv_nsec, (uint32_t)(uintptr_t)&ts};
  InitByArray(key, 4);
  cur->seeded = true;
}

double rpy_random_random(void) {
  EnsureSeeded();
  uint32_t a = Genrand() >> 5, b = Genrand() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

int64_t rpy_random_getrandbits(int64_t k) {
  if (k < 0) {
    RPY_RAISE(ValueError, "number of bits must be non-negative");
    return 0;
  }
  if (k > 63) {
    RPY_RAISE(OverflowError, "integer overflow");
    return 0;
  }
  EnsureSeeded();
  return (int64_t)GetRandBits((int)k);
}

int64_t rpy_random_randbelow(int64_t n) {
  if (n <= 0) {
    RPY_RAISE(ValueError, "empty range for randrange()");
    return 0;
  }
  return (int64_t)RandBelow((uint64_t)n);
}

int64_t rpy_random_randrange(int64_t start, int64_t stop, int64_t step, bool has_stop) {
  char msg[160];
  if (!has_stop) {
    if (start > 0) return (int64_t)RandBelow((uint64_t)start);
    RPY_RAISE(ValueError, "empty range for randrange()");
    return 0;
  }
  __int128 width = (__int128)stop - start;
  if (step == 1) {
    if (width > 0) return (int64_t)((uint64_t)start + RandBelow((uint64_t)width));
    if (width < INT64_MIN) {
      RPY_RAISE(ValueError, "empty range for randrange()");
      return 0;
    }
    snprintf(msg, sizeof msg, "empty range for randrange() (%lld, %lld, %lld)", (long long)start,
             (long long)stop, (long long)width);
    RPY_RAISE(ValueError, msg);
    return 0;
  }
  __int128 n;
  if (step > 0) {
    n = (width + step - 1) / step;
    if ((width + step - 1) % step != 0 && (width + step - 1) < 0) n -= 1;  // floor division
  } else if (step < 0) {
    n = (width + step + 1) / step;
    if ((width + step + 1) % step != 0 && (width + step + 1) > 0) n -= 1;
  } else {
    RPY_RAISE(ValueError, "zero step for randrange()");
    return 0;
  }
  if (n <= 0) {
    RPY_RAISE(ValueError, "empty range for randrange()");
    return 0;
  }
  __int128 r = (__int128)start + (__int128)step * (__int128)RandBelow((uint64_t)n);
  return (int64_t)r;
}

int64_t rpy_random_randint(int64_t a, int64_t b) {
  if (b == INT64_MAX) {  // b + 1 would overflow: same draw, done in 128 bits
    __int128 width = (__int128)b + 1 - a;
    if (width > 0 && width <= (__int128)UINT64_MAX)
      return (int64_t)((__int128)a + RandBelow((uint64_t)width));
    if (width > 0) {  // the full 2**64 range: getrandbits(65) loop
      EnsureSeeded();
      for (;;) {
        uint64_t lo = Genrand(), mid = Genrand(), hi = Genrand() >> 31;
        if (hi == 0) return (int64_t)((uint64_t)a + (lo | (mid << 32)));
      }
    }
  }
  return rpy_random_randrange(a, b + 1, 1, true);
}

double rpy_random_uniform(double a, double b) {
  return a + (b - a) * rpy_random_random();
}

int64_t rpy_random_choice_index(int64_t length) {
  if (length <= 0) {
    RPY_RAISE(IndexError, "Cannot choose from an empty sequence");
    return -1;
  }
  return (int64_t)RandBelow((uint64_t)length);
}

void rpy_random_shuffle(rpy_list* l, int64_t item_size) {
  char tmp[16];
  char* items = (char*)l->items;
  for (int64_t i = l->length - 1; i >= 1; i--) {
    int64_t j = (int64_t)RandBelow((uint64_t)(i + 1));
    if (i == j) continue;
    memcpy(tmp, items + i * item_size, (size_t)item_size);
    memcpy(items + i * item_size, items + j * item_size, (size_t)item_size);
    memcpy(items + j * item_size, tmp, (size_t)item_size);
  }
}

rpy_list* rpy_random_sample(rpy_list* population, int64_t k, int64_t item_size, bool has_pointers) {
  RPY_ROOT(population);
  int64_t n = population->length;
  if (k < 0 || k > n) {
    RPY_RAISE(ValueError, "Sample larger than population or is negative");
    return NULL;
  }
  rpy_list* result = rpy_list_new(k, item_size, has_pointers);
  if (!result) return NULL;
  RPY_ROOT(result);
  char* out = (char*)result->items;
  const char* src = (const char*)population->items;
  int64_t setsize = 21;
  if (k > 5) setsize += (int64_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
  if (n <= setsize) {
    char* pool = (char*)malloc((size_t)(n * item_size + 1));
    if (!pool) abort();
    if (n) memcpy(pool, src, (size_t)(n * item_size));
    for (int64_t i = 0; i < k; i++) {
      int64_t j = (int64_t)RandBelow((uint64_t)(n - i));
      memcpy(out + i * item_size, pool + j * item_size, (size_t)item_size);
      memcpy(pool + j * item_size, pool + (n - i - 1) * item_size, (size_t)item_size);
    }
    free(pool);
  } else {
    unsigned char* selected = (unsigned char*)calloc((size_t)(n / 8 + 1), 1);
    if (!selected) abort();
    for (int64_t i = 0; i < k; i++) {
      int64_t j = (int64_t)RandBelow((uint64_t)n);
      while (selected[j >> 3] & (1 << (j & 7))) j = (int64_t)RandBelow((uint64_t)n);
      selected[j >> 3] |= (unsigned char)(1 << (j & 7));
      memcpy(out + i * item_size, src + j * item_size, (size_t)item_size);
    }
    free(selected);
  }
  return result;
}

}  // extern "C"

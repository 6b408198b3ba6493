// Typed 32-bit ids, the handles by which every IR in rpyc refers to its
// nodes. An id is an index into the store that owns the node; the tag type
// keeps a block id from being used where a variable id is expected. The
// value kInvalid marks "no node" (an absent exit switch, a missing result).
#pragma once

#include <cstdint>
#include <functional>
#include <limits>

namespace rpyc {

template <typename Tag>
struct Id {
  static constexpr uint32_t kInvalid = std::numeric_limits<uint32_t>::max();
  uint32_t index = kInvalid;

  constexpr Id() = default;
  constexpr explicit Id(uint32_t i) : index(i) {}
  constexpr bool valid() const { return index != kInvalid; }
  constexpr explicit operator bool() const { return valid(); }
  friend constexpr bool operator==(Id a, Id b) { return a.index == b.index; }
  friend constexpr bool operator!=(Id a, Id b) { return a.index != b.index; }
  friend constexpr bool operator<(Id a, Id b) { return a.index < b.index; }
};

}  // namespace rpyc

template <typename Tag>
struct std::hash<rpyc::Id<Tag>> {
  size_t operator()(rpyc::Id<Tag> id) const { return std::hash<uint32_t>()(id.index); }
};

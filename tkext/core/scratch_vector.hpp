// scratch_vector.hpp — large working vectors that are reused, not reallocated.
//
// A call on 10^5 points needs megabytes of scratch (the flattened leaves, the
// coordinates as doubles).  Allocated and freed on every call, such blocks go
// back to the system on free and come back one page fault per 4 KiB on the
// next call, which for a large tkext::flatten was most of its time.
// So each thread keeps one spare vector of each element type: a Scratch
// borrows it on construction and hands it back, emptied but with its
// capacity, on destruction.  A Scratch made while the spare is out (nested
// use) simply starts empty.  Spares over max_kept_elements are not kept, so a
// one-off huge call does not pin its memory.
//
// Elements are left uninitialised by resize(): every user writes what it
// reads, and zeroing megabytes first would be a pass of its own.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace tkext::core {

// std::allocator, except that resize() leaves new elements default-initialised.
template <class T>
struct DefaultInitAllocator : std::allocator<T> {
    template <class U>
    struct rebind {
        using other = DefaultInitAllocator<U>;
    };
    DefaultInitAllocator() = default;
    template <class U>
    DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}
    template <class U>
    void construct(U* p) noexcept {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};

template <class T>
using ScratchVector = std::vector<T, DefaultInitAllocator<T>>;

// 2^21 elements: 16 MB of pointers or doubles, 10^6 points.
inline constexpr std::size_t max_kept_elements = std::size_t{1} << 21;

template <class T>
ScratchVector<T>& spare_scratch() {
    thread_local ScratchVector<T> kept;
    return kept;
}

// The calling thread's spare vector (empty, with its capacity), or a new one.
template <class T>
ScratchVector<T> borrow_scratch() {
    ScratchVector<T> vector = std::exchange(spare_scratch<T>(), ScratchVector<T>());
    vector.clear();
    return vector;
}

// Keeps `vector`'s capacity as the thread's spare, unless that is too large
// or a larger spare is already kept.
template <class T>
void return_scratch(ScratchVector<T>&& vector) {
    ScratchVector<T>& spare = spare_scratch<T>();
    if (vector.capacity() <= max_kept_elements && vector.capacity() > spare.capacity()) {
        vector.clear();
        spare = std::move(vector);
    }
}

// A borrowed scratch vector, returned when this goes out of scope.
template <class T>
class Scratch {
public:
    Scratch() : vector_(borrow_scratch<T>()) {}
    ~Scratch() { return_scratch(std::move(vector_)); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    ScratchVector<T>& operator*() { return vector_; }
    ScratchVector<T>* operator->() { return &vector_; }

private:
    ScratchVector<T> vector_;
};

}  // namespace tkext::core

//! Memory pages. Big buffers filled once may ask for huge pages: filling hundreds of megabytes
//! of fresh memory costs the kernel one page fault per 4 KiB page; on 2 MiB pages it is 512
//! times fewer faults, though each is zeroed whole (measure before asking). Linux grants them
//! to memory that asks (`transparent_hugepage=madvise`, the usual default); elsewhere this
//! does nothing.

/// Buffers smaller than this gain nothing worth a system call.
const WORTH: usize = 8 << 20;

/// Ask for huge pages over the whole 2 MiB pages inside `len` bytes at `ptr` (a hint: any
/// failure is ignored).
pub fn advise<T>(ptr: *const T, len_elems: usize) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let bytes = len_elems.saturating_mul(std::mem::size_of::<T>());
        if bytes < WORTH {
            return;
        }
        let start = (ptr as usize).next_multiple_of(HUGE);
        let end = (ptr as usize + bytes) / HUGE * HUGE;
        if end > start {
            // SAFETY: madvise only changes how the kernel backs these pages, which lie inside
            // an allocation we own; MADV_HUGEPAGE never changes their contents, and an error
            // (an old kernel, huge pages off) leaves everything as it was.
            unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE) };
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (ptr, len_elems);
}

/// Give memory that was freed back to the system. (glibc keeps what each thread frees in that
/// thread's own heap; after a parallel load that is tens of megabytes no longer used.)
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory of the allocator's heaps to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

//! Memory given back to the system. (Big buffers are not asked onto huge pages: measured on
//! this project's loads, the kernel zeroing fresh 2 MiB pages cost more system time than the
//! ordinary page faults it saved.)

/// Give memory that was freed back to the system. (glibc keeps what each thread frees in that
/// thread's own heap; after a parallel load that is tens of megabytes no longer used.)
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory of the allocator's heaps to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

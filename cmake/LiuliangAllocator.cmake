# The executables we ship (and the benchmarks that measure them) link mimalloc, which replaces malloc/free
# for the whole process: our code, Qt, SQLCipher, libcurl. Glibc's allocator spent about a sixth of the
# 100,000-row lead import's CPU in malloc/free and fastbin consolidation (bench/ANALYSIS.md, "allocator").
# Sanitized builds keep the sanitizer's allocator: it must see every allocation.
option(LIULIANG_MIMALLOC "Link the executables with mimalloc (ignored in sanitized builds)" ON)

set(LIULIANG_USE_MIMALLOC OFF)
if(LIULIANG_MIMALLOC AND NOT "${CMAKE_CXX_FLAGS} ${CMAKE_C_FLAGS}" MATCHES "-fsanitize=")
    find_package(mimalloc 2.0 REQUIRED)
    set(LIULIANG_USE_MIMALLOC ON)
endif()

# liuliang_allocator(target): links mimalloc into an executable when it is in use. The library must stay
# a direct dependency ahead of libc even if nothing names it, hence --no-as-needed around it.
function(liuliang_allocator target)
    if(LIULIANG_USE_MIMALLOC)
        target_link_libraries(${target} PRIVATE -Wl,--push-state,--no-as-needed mimalloc -Wl,--pop-state)
        target_compile_definitions(${target} PRIVATE LIULIANG_MIMALLOC=1)
    endif()
endfunction()

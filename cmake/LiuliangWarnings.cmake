# Project-wide warning flags, applied per target with liuliang_warnings(target).
function(liuliang_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>
        -Wnon-virtual-dtor)
    if(LIULIANG_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # QT_NO_CAST_FROM_ASCII would force QStringLiteral everywhere; we keep QT_NO_KEYWORDS off for QtKeychain.
    target_compile_definitions(${target} PRIVATE QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_TO_ASCII)
endfunction()

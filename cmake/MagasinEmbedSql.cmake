# magasin_embed_sql(target ctx_dir): compiles ctx_dir/sql/NNN_name.sql into `target` as raw strings, so that a server
# binary carries its schema. Generates <magasin/sql/<ctx>_migrations.hpp> declaring
# `std::span<const magasin::server::Migration> magasin::sql::<ctx>::migrations()` (ctx = folder name, '-' -> '_').
# The files are read at build time: editing or adding one rebuilds the target.

set(MAGASIN_EMBED_SQL_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_sql.cmake")

function(magasin_embed_sql target ctx_dir)
    get_filename_component(ctx_dir "${ctx_dir}" ABSOLUTE)
    get_filename_component(ctx "${ctx_dir}" NAME)
    string(REPLACE "-" "_" ctx "${ctx}")
    file(GLOB sql_files CONFIGURE_DEPENDS "${ctx_dir}/sql/*.sql")
    set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/magasin_embedded_sql")
    set(header "${out_dir}/include/magasin/sql/${ctx}_migrations.hpp")
    set(source "${out_dir}/${ctx}_migrations.cpp")
    add_custom_command(
        OUTPUT "${header}" "${source}"
        COMMAND "${CMAKE_COMMAND}" "-DSQL_DIR=${ctx_dir}/sql" "-DCTX=${ctx}" "-DHEADER=${header}" "-DSOURCE=${source}"
                -P "${MAGASIN_EMBED_SQL_SCRIPT}"
        DEPENDS ${sql_files} "${MAGASIN_EMBED_SQL_SCRIPT}"
        COMMENT "Embedding SQL migrations of ${ctx}"
        VERBATIM)
    target_sources(${target} PRIVATE "${source}" "${header}")
    target_include_directories(${target} PUBLIC "${out_dir}/include")
endfunction()

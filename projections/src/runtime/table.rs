//! Read-model tables declared once, as data: each backend derives its DDL and its statements
//! from the same declaration, so the two cannot disagree on a column.

/// A column's type, as both backends store it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// Text compared byte-wise on both backends (ids, codes, ISO dates), so that pages come in
    /// the same order whatever the PostgreSQL locale (`COLLATE "C"`).
    Key,
    /// Free text (names, JSON).
    Text,
    Int,
    /// `INTEGER` 0/1 on SQLite, `boolean` on PostgreSQL.
    Bool,
}

#[derive(Debug)]
pub struct Column {
    pub name: &'static str,
    pub ty: Type,
    pub nullable: bool,
}

/// A column that is never null.
pub const fn col(name: &'static str, ty: Type) -> Column {
    Column {
        name,
        ty,
        nullable: false,
    }
}

/// A column that may be null.
pub const fn nullable(name: &'static str, ty: Type) -> Column {
    Column {
        name,
        ty,
        nullable: true,
    }
}

#[derive(Debug)]
pub struct Index {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    /// A condition in SQL both backends read alike (`next_due IS NOT NULL`), for a partial
    /// index.
    pub filter: Option<&'static str>,
}

#[derive(Debug)]
pub struct TableDef {
    pub name: &'static str,
    pub columns: &'static [Column],
    /// The primary key's columns, in order.
    pub key: &'static [&'static str],
    pub indexes: &'static [Index],
    /// PostgreSQL `fillfactor`: room on each page for updates of a row that leave its indexed
    /// columns alone to stay on the page (HOT updates, no index writes). `None`: the default.
    pub fillfactor: Option<u8>,
}

/// Tables are told apart by name: a table is declared once, as a static.
impl PartialEq for TableDef {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for TableDef {}

impl TableDef {
    /// The position of `column` in [`TableDef::columns`]; a projector naming a column its table
    /// lacks is a programming error caught by the tests of every projector.
    pub fn position(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == column)
    }

    pub fn key_positions(&self) -> impl Iterator<Item = usize> + '_ {
        self.key.iter().filter_map(|k| self.position(k))
    }

    pub fn is_key(&self, i: usize) -> bool {
        self.key.contains(&self.columns[i].name)
    }

    pub fn sqlite_ddl(&self) -> String {
        let mut sql = format!("CREATE TABLE IF NOT EXISTS {} (", self.name);
        for c in self.columns {
            let ty = match c.ty {
                Type::Key | Type::Text => "TEXT",
                Type::Int | Type::Bool => "INTEGER",
            };
            let null = if c.nullable { "" } else { " NOT NULL" };
            sql.push_str(&format!("{} {ty}{null}, ", c.name));
        }
        sql.push_str(&format!("PRIMARY KEY ({}))", self.key.join(", ")));
        // A composite key stores the table in its order; WITHOUT ROWID saves the second
        // B-tree. A single-column key keeps a rowid: a search index (FTS5) can be keyed by it.
        if self.key.len() > 1 {
            sql.push_str(" WITHOUT ROWID");
        }
        sql.push(';');
        sql
    }

    pub fn postgres_ddl(&self) -> String {
        let mut sql = format!("CREATE TABLE IF NOT EXISTS {} (", self.name);
        for c in self.columns {
            let ty = match c.ty {
                Type::Key => "text COLLATE \"C\"",
                Type::Text => "text",
                Type::Int => "bigint",
                Type::Bool => "boolean",
            };
            let null = if c.nullable { "" } else { " NOT NULL" };
            sql.push_str(&format!("{} {ty}{null}, ", c.name));
        }
        sql.push_str(&format!("PRIMARY KEY ({}))", self.key.join(", ")));
        if let Some(f) = self.fillfactor {
            sql.push_str(&format!(" WITH (fillfactor = {f})"));
        }
        sql.push(';');
        sql
    }

    /// The secondary indexes, alike on both backends. A rebuild creates them after it has
    /// filled the table: building an index once is cheaper than keeping it up row by row, and
    /// a rebuild's writes go by primary key only.
    pub fn indexes_ddl(&self) -> String {
        self.indexes.iter().map(|i| self.index_ddl(i)).collect()
    }

    fn index_ddl(&self, i: &Index) -> String {
        let filter = i.filter.map(|f| format!(" WHERE {f}")).unwrap_or_default();
        format!(
            "CREATE INDEX IF NOT EXISTS {} ON {} ({}){filter};",
            i.name,
            self.name,
            i.columns.join(", ")
        )
    }

    pub fn drop_sql(&self) -> String {
        format!("DROP TABLE IF EXISTS {};", self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: TableDef = TableDef {
        name: "rm_things",
        columns: &[
            col("id", Type::Key),
            col("n", Type::Int),
            nullable("due", Type::Key),
        ],
        key: &["id"],
        indexes: &[Index {
            name: "rm_things_due",
            columns: &["due"],
            filter: Some("due IS NOT NULL"),
        }],
        fillfactor: Some(80),
    };

    #[test]
    fn both_backends_get_the_same_columns_key_and_indexes() {
        let lite = T.sqlite_ddl() + &T.indexes_ddl();
        let pg = T.postgres_ddl() + &T.indexes_ddl();
        for ddl in [&lite, &pg] {
            assert!(ddl.contains("PRIMARY KEY (id)"), "{ddl}");
            assert!(
                ddl.contains("CREATE INDEX IF NOT EXISTS rm_things_due ON rm_things (due) WHERE due IS NOT NULL"),
                "{ddl}"
            );
        }
        assert!(!lite.contains("WITHOUT ROWID") && lite.contains("due TEXT,"));
        assert!(pg.contains("id text COLLATE \"C\" NOT NULL") && pg.contains("fillfactor = 80"));
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(&lite).unwrap();
        conn.execute_batch(&T.drop_sql()).unwrap();
    }
}

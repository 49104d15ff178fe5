package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An override used to cover "the prerequisites" of an exercise, so a prerequisite added to the library later was
 * silently covered too. Now each override names the prerequisite it covers. A stored override becomes one override
 * per prerequisite that existed when it was given (the edges created before its time), with the same reason and
 * author; it covers none added since. Plan contents are JSON, so this runs in Java, on H2 and PostgreSQL alike.
 */
public class V13__overrides_name_their_prerequisite extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Edge(Long clinicId, long required, long dependent, Instant createdAt) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        var edges = edges(connection);
        rewrite(connection, edges, "select v.id, v.content, p.clinic_id from plan_version v join plan p on p.id = "
                + "v.plan_id", "update plan_version set content = ? where id = ?");
        rewrite(connection, edges, "select v.id, v.content, p.clinic_id, v.rev from plan_version_aud v join plan p "
                + "on p.id = v.plan_id where v.content is not null",
                "update plan_version_aud set content = ? where id = ? and rev = ?");
        rewrite(connection, edges, "select id, content, clinic_id from plan_template",
                "update plan_template set content = ? where id = ?");
    }

    private static List<Edge> edges(Connection connection) throws SQLException {
        var edges = new ArrayList<Edge>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select clinic_id, required_exercise_id, dependent_exercise_id, "
                     + "created_at from prerequisite")) {
            while (rows.next()) {
                long clinic = rows.getLong(1);
                edges.add(new Edge(rows.wasNull() ? null : clinic, rows.getLong(2), rows.getLong(3),
                        rows.getTimestamp(4).toInstant()));
            }
        }
        return edges;
    }

    private static void rewrite(Connection connection, List<Edge> edges, String select, String update)
            throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(select);
             PreparedStatement write = connection.prepareStatement(update)) {
            boolean audited = rows.getMetaData().getColumnCount() == 4;
            while (rows.next()) {
                var content = (ObjectNode) JSON.readTree(rows.getString(2));
                if (!convert(content, rows.getLong(3), edges)) {
                    continue;
                }
                write.setString(1, JSON.writeValueAsString(content));
                write.setLong(2, rows.getLong(1));
                if (audited) {
                    write.setLong(3, rows.getLong(4));
                }
                write.executeUpdate();
            }
        }
    }

    /** Replaces each prescription's "override" with "overrides"; true if anything changed. */
    private static boolean convert(ObjectNode content, long clinicId, List<Edge> edges) {
        boolean changed = false;
        for (JsonNode stage : content.path("stages")) {
            for (JsonNode node : stage.path("prescriptions")) {
                var prescription = (ObjectNode) node;
                if (!prescription.has("override")) {
                    continue;
                }
                changed = true;
                var old = prescription.remove("override");
                ArrayNode overrides = prescription.putArray("overrides");
                if (old == null || old.isNull()) {
                    continue;
                }
                long exercise = prescription.path("exerciseId").asLong();
                Instant at = instant(old.path("at"));
                for (var edge : edges) {
                    boolean visible = edge.clinicId() == null || edge.clinicId() == clinicId;
                    if (visible && edge.dependent() == exercise && (at == null || !edge.createdAt().isAfter(at))) {
                        var override = ((ObjectNode) old).deepCopy();
                        override.put("requiredExerciseId", edge.required());
                        overrides.add(override);
                    }
                }
            }
        }
        return changed;
    }

    /** An instant as Jackson wrote it: ISO text, or seconds with a fraction; null if never stamped. */
    private static Instant instant(JsonNode at) {
        if (at.isTextual()) {
            return Instant.parse(at.asString());
        }
        if (at.isNumber()) {
            var seconds = at.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
        }
        return null;
    }
}

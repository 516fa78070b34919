package eu.ecmr.accesspoint.efti;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;

import eu.ecmr.accesspoint.common.AccessPointException;
import eu.ecmr.accesspoint.common.PlatformConfig;
import eu.ecmr.accesspoint.common.ProblemKind;
import eu.ecmr.accesspoint.document.EcmrDocumentReader;
import eu.ecmr.accesspoint.efti.mapping.CodeLists;
import eu.ecmr.accesspoint.efti.mapping.CommonDataSetMapping;
import eu.ecmr.accesspoint.efti.mapping.DataSetSchema;
import eu.ecmr.accesspoint.efti.mapping.DataSetWriter;
import eu.ecmr.accesspoint.efti.mapping.IdentifierMapping;
import eu.ecmr.accesspoint.efti.mapping.XmlElement;
import eu.ecmr.accesspoint.submission.SignedPayload;
import eu.ecmr.accesspoint.submission.StoredNote;

/**
 * A note in the e-FTI formats: the common data set, whole or in subsets, and its identifiers. The
 * schemas are read once, when the Access Point starts, so that a broken schema stops the start.
 */
@ApplicationScoped
public class DataSets {

    /** The path of a note at this Access Point, under the public base URL. */
    private static final String NOTE_PATH = "/api/v1/consignment-notes/";

    private final DataSetSchema common = DataSetSchema.common();
    private final DataSetWriter commonWriter = new DataSetWriter(common);
    private final DataSetWriter identifierWriter = new DataSetWriter(DataSetSchema.identifiers());
    private final CodeLists codes = CodeLists.load();
    private final CommonDataSetMapping commonMapping = new CommonDataSetMapping(codes);
    private final IdentifierMapping identifierMapping = new IdentifierMapping(codes);
    private final EcmrDocumentReader reader = new EcmrDocumentReader();
    private final PlatformConfig platform;

    public DataSets(PlatformConfig platform) {
        this.platform = platform;
    }

    void loadAtStartup(@Observes Startup startup) {
        // Constructing the bean has read the schemas.
    }

    /** Every subset id the common data set's schema knows. */
    public Set<String> knownSubsets() {
        return common.subsets();
    }

    /**
     * The subsets a gate asked for: repeated parameters, each possibly a comma-separated list.
     * Refused when none is given or one is not in the schema.
     */
    public Set<String> subsets(List<String> requested) {
        Set<String> ids = new LinkedHashSet<>();
        for (String value : requested == null ? List.<String> of() : requested) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER,
                    "subsetId is required: one or more subset ids of the common data set, such as EU01");
        }
        Set<String> unknown = new TreeSet<>(ids);
        unknown.removeAll(common.subsets());
        if (!unknown.isEmpty()) {
            throw AccessPointException.of(ProblemKind.INVALID_PARAMETER,
                    "Unknown subset id(s) " + String.join(", ", unknown) + "; the common data set defines "
                            + common.subsets().size() + " subsets, such as EU01, EU02 and EU03");
        }
        return ids;
    }

    public byte[] commonDataSet(StoredNote note) {
        return commonWriter.write(mapCommon(note));
    }

    public byte[] commonDataSet(StoredNote note, Set<String> subsets) {
        return commonWriter.write(mapCommon(note), subsets);
    }

    public byte[] identifiers(StoredNote note) {
        return identifierWriter.write(identifierMapping.map(reader.read(SignedPayload.of(note))));
    }

    private XmlElement mapCommon(StoredNote note) {
        byte[] payload = SignedPayload.of(note);
        String base = platform.publicBaseUrl().toString().replaceAll("/+$", "");
        return commonMapping.map(note, reader.read(payload), reader.tree(payload), base + NOTE_PATH + note.id());
    }
}

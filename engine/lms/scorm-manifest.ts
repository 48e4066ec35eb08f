/**
 * The `imsmanifest.xml` of a scenario's SCORM 1.2 package: one
 * organisation with one item, launched by one SCO whose files are listed.
 * Written to the IMS Content Packaging 1.1.2 and ADL SCORM 1.2 schemas
 * (the namespaces Moodle, Totara and other platforms look for), without a
 * mastery score, so the status the player reports (passed, failed or
 * completed) is the one the platform keeps.
 */

/** What the manifest says of the package. */
export interface ScormManifestFacts {
  /** The scenario id, e.g. `closing-too-soon`. */
  scenarioId: string;
  title: string;
  /** A version that changes when the scenario does (its digest), so a platform can tell an update. */
  version: string;
  /** The SCO's launch file, e.g. `index.html`. */
  launch: string;
  /** Every file of the package the SCO uses, the launch file too. */
  files: readonly string[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * The package's identifier: an XML name (a letter first; letters, digits, hyphens, dots).
 * @example
 * scormIdentifier('closing-too-soon'); // 'common-ground-closing-too-soon'
 */
export function scormIdentifier(scenarioId: string): string {
  return `common-ground-${scenarioId.replace(/[^A-Za-z0-9.-]/g, '-')}`;
}

/**
 * The manifest, as XML text.
 * @example
 * scormManifest({ scenarioId: 'closing-too-soon', title: 'Closing too soon', version: 'a1b2c3', launch: 'index.html', files: ['index.html', 'player.js'] });
 */
export function scormManifest(facts: ScormManifestFacts): string {
  const id = scormIdentifier(facts.scenarioId);
  const title = escapeXml(facts.title);
  const files = facts.files.map((file) => `        <file href="${escapeXml(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${escapeXml(facts.version)}"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-organisation">
    <organization identifier="${id}-organisation">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(facts.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

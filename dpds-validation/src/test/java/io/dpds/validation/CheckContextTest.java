package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.load.ResolvedDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CheckContext#object} finds what an index of every listed object by pointer finds, in any order of asking. */
class CheckContextTest {

  /** What the index of every object by its pointer, the last object of a pointer kept, gives. */
  private static Map<String, ObjectSite> indexed(List<ObjectSite> objects) {
    Map<String, ObjectSite> index = new HashMap<>();
    objects.forEach(site -> index.put(site.pointer(), site));
    return index;
  }

  @Test
  void objectsAreFoundByPointerInTheWalksOrderBackwardsAndAtRandom() {
    ResolvedDescriptor resolved = CheckRunTest.manyPorts();
    List<String> walk = new CheckContext(resolved, Profile.DEFAULT).objects().stream().map(ObjectSite::pointer).toList();
    List<String> backwards = new ArrayList<>(walk);
    Collections.reverse(backwards);
    List<String> shuffled = new ArrayList<>(walk);
    Collections.shuffle(shuffled, new Random(7));
    List<String> sparse = new ArrayList<>();
    for (int i = 0; i < walk.size(); i += 100) {
      sparse.add(walk.get(i)); // further apart than one scan looks
    }
    for (List<String> order : List.of(walk, backwards, shuffled, sparse)) {
      CheckContext context = new CheckContext(resolved, Profile.DEFAULT);
      Map<String, ObjectSite> expected = indexed(context.objects());
      for (String pointer : order) {
        assertThat(context.object(pointer)).as(pointer).containsSame(expected.get(pointer));
      }
      for (String pointer : order) {
        assertThat(context.object(pointer + "/nothing")).isEqualTo(Optional.empty());
        assertThat(context.object(pointer)).as(pointer).containsSame(expected.get(pointer));
      }
    }
  }
}
